using KtdBot.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Sqlite;

/// <summary>Registers the SQLite inbox.</summary>
public static class SqliteInboxExtensions
{
    /// <summary>
    /// With <c>Data:Inbox=Durable</c> (the default), the inbox is <c>inbox.db</c> under <c>Data:Path</c> (relative to the
    /// content root). Call after AddChannels (which registers the in-process inbox this replaces) and before
    /// AddSharedState (which replaces it with Redis Streams when Redis is configured).
    /// </summary>
    public static IHostApplicationBuilder AddSqliteInbox(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var data = builder.Configuration.GetSection(DataOptions.SectionName).Get<DataOptions>() ?? new DataOptions();
        if (data.Inbox != InboxProvider.Durable)
        {
            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Singleton<IInbox>(sp => sp.GetRequiredKeyedService<IInbox>(InboxKeys.Local)));
        services.AddKeyedSingleton<IInbox>(InboxKeys.Local, (sp, _) =>
        {
            var data = sp.GetRequiredService<IOptions<DataOptions>>().Value;
            var path = data.Path;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return SqliteInbox.Open(
                Path.IsPathRooted(path) ? path : Path.Combine(root, path),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<SqliteInbox>(),
                data.Synchronous);
        });
        return builder;
    }
}
