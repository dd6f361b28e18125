using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KtdBot.Redis;

/// <summary>The host's one Redis multiplexer, connected on first use (and reconnecting by itself after an outage).</summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;

    /// <summary>Prepares the connection from <see cref="RedisOptions"/>.</summary>
    public RedisConnection(IOptions<RedisOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Prefix = settings.KeyPrefix;
        _multiplexer = new Lazy<Task<ConnectionMultiplexer>>(() =>
        {
            var configuration = ConfigurationOptions.Parse(settings.Connection);
            configuration.AbortOnConnectFail = false;
            configuration.ConnectTimeout = 5000;
            configuration.ClientName ??= "ktdbot";
            return ConnectionMultiplexer.ConnectAsync(configuration);
        });
    }

    /// <summary>The key prefix.</summary>
    public string Prefix { get; }

    /// <summary>The database.</summary>
    public async Task<IDatabase> GetDatabaseAsync() => (await _multiplexer.Value.ConfigureAwait(false)).GetDatabase();

    /// <summary>A key under the prefix.</summary>
    public RedisKey Key(string name) => Prefix + name;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            try
            {
                await (await _multiplexer.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (RedisException)
            {
                // Closing a connection that never opened.
            }
        }
    }
}
