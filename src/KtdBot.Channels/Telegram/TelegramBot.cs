using KtdBot.Channels.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KtdBot.Channels.Telegram;

/// <summary>
/// The one Bot API client of the host, and the bot's identity (read once with getMe). Its HttpClient is created here,
/// outside IHttpClientFactory's logging, because the token is part of every request URL.
/// </summary>
public sealed partial class TelegramBot : IDisposable
{
    private readonly TelegramOptions _options;
    private readonly ILogger<TelegramBot> _logger;
    private readonly HttpClient _http;
    private readonly HttpClient _pollingHttp;
    private readonly Lazy<ITelegramBotClient> _client;
    private readonly Lazy<ITelegramBotClient> _pollingClient;
    private readonly SemaphoreSlim _identityLock = new(1, 1);
    private TelegramBotIdentity? _identity;

    /// <summary>
    /// Creates the clients from <see cref="TelegramOptions"/>: one for sending, behind <see cref="ChannelResilience"/>
    /// (a <see cref="TelegramOptions.RequestTimeout"/> per request; 429s go back to the turn queue), one for long polling.
    /// </summary>
    public TelegramBot(IOptions<TelegramOptions> options, ILogger<TelegramBot> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _http = new HttpClient(ChannelResilience.CreateHandler(_options.SendAttempts, _options.RequestTimeout)) { Timeout = Timeout.InfiniteTimeSpan };
        _pollingHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(100), // above getUpdates' 30-second long poll
        };
        _client = new Lazy<ITelegramBotClient>(() =>
            new TelegramBotClient(new TelegramBotClientOptions(_options.BotToken, _options.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 }, _http));
        _pollingClient = new Lazy<ITelegramBotClient>(() =>
            new TelegramBotClient(new TelegramBotClientOptions(_options.BotToken, _options.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 }, _pollingHttp));
    }

    /// <summary>The Bot API client for replies and setup calls (created on first use, so a host without a token never builds one).</summary>
    public ITelegramBotClient Client => _client.Value;

    /// <summary>The Bot API client for getUpdates (no short timeout: a long poll waits 30 seconds).</summary>
    public ITelegramBotClient PollingClient => _pollingClient.Value;

    /// <summary>The bot's id and @username: the configured username, else getMe's (cached once it succeeds).</summary>
    public async ValueTask<TelegramBotIdentity> GetIdentityAsync(CancellationToken cancellationToken)
    {
        if (_identity is not null)
        {
            return _identity;
        }

        if (!string.IsNullOrWhiteSpace(_options.BotUsername))
        {
            return _identity = new TelegramBotIdentity(_options.BotId, _options.BotUsername.TrimStart('@'));
        }

        await _identityLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_identity is null)
            {
                User me = await Client.GetMe(cancellationToken).ConfigureAwait(false);
                _identity = new TelegramBotIdentity(me.Id, me.Username);
                LogIdentity(_logger, me.Username ?? "(none)");
            }

            return _identity;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without a username the bot still answers private chats and replies to itself; getMe is retried next time.
            LogIdentityFailed(_logger, ex.GetType().Name);
            return new TelegramBotIdentity(_options.BotId, null);
        }
        finally
        {
            _identityLock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _pollingHttp.Dispose();
        _identityLock.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram bot is @{Username}")]
    private static partial void LogIdentity(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram getMe failed ({Error}); group mentions are not recognised until it succeeds")]
    private static partial void LogIdentityFailed(ILogger logger, string error);
}
