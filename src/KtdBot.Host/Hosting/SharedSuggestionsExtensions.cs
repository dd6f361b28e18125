using KtdBot.Channels.State;
using KtdBot.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtdBot.Host.Hosting;

/// <summary>Where the suggestions offered as a numbered list are remembered when several hosts share Redis.</summary>
public static class SharedSuggestionsExtensions
{
    /// <summary>
    /// With <c>Redis:Connection</c> set, the suggestion memory moves from this host's data folder into the shared
    /// conversation store (Redis), so a numbered reply that reaches another host still finds its list. Call after AddSharedState.
    /// </summary>
    public static IHostApplicationBuilder AddSharedSuggestions(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var redis = builder.Configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        if (redis.Enabled)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<ISuggestionMemory, ConversationSuggestionMemory>());
        }

        return builder;
    }
}
