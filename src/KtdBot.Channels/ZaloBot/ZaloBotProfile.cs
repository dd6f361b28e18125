using System.Text.Json;
using KtdBot.Channels.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels.ZaloBot;

/// <summary>Who the bot is, for recognising and removing @mentions of it in groups.</summary>
/// <param name="Id">getMe's id, when known.</param>
/// <param name="Names">The names people @mention it by: the configured name, getMe's display_name and account_name.</param>
public sealed record ZaloBotIdentity(string? Id, IReadOnlyList<string> Names);

/// <summary>The bot's identity: <see cref="ZaloBotOptions.BotName"/> and getMe's names, read once getMe succeeds (retried at most once a minute until it does).</summary>
public sealed partial class ZaloBotProfile(ZaloBotClient client, IOptions<ZaloBotOptions> options, TimeProvider time, ILogger<ZaloBotProfile> logger) : IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private ZaloBotIdentity? _identity;
    private DateTimeOffset _nextTry;

    /// <summary>The identity; without getMe, the configured name alone.</summary>
    public async ValueTask<ZaloBotIdentity> GetAsync(CancellationToken cancellationToken)
    {
        if (_identity is not null)
        {
            return _identity;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_identity is not null)
            {
                return _identity;
            }

            if (time.GetUtcNow() < _nextTry)
            {
                return new ZaloBotIdentity(null, Names()); // getMe failed a moment ago: not asked on every message
            }

            _nextTry = time.GetUtcNow() + RetryAfter;
            var me = await client.GetMeAsync(cancellationToken).ConfigureAwait(false);
            if (me is { Ok: true, Result: { ValueKind: JsonValueKind.Object } result })
            {
                _identity = new ZaloBotIdentity(JsonFields.Text(result, "id"), Names(JsonFields.Text(result, "display_name"), JsonFields.Text(result, "account_name")));
                LogIdentity(logger, string.Join(", ", _identity.Names), result.TryGetProperty("can_join_groups", out var groups) && groups.ValueKind == JsonValueKind.True);
                return _identity;
            }

            LogIdentityFailed(logger, me.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogIdentityFailed(logger, ex.GetType().Name);
        }
        finally
        {
            _lock.Release();
        }

        return new ZaloBotIdentity(null, Names());
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private List<string> Names(params string?[] fromGetMe) =>
        new[] { options.Value.BotName }.Concat(fromGetMe)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!.Trim().TrimStart('@'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length) // "Bot KTD Cà Mau" before "Bot KTD"
            .ToList();


    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo bot is {Names} (can join groups: {CanJoinGroups})")]
    private static partial void LogIdentity(ILogger logger, string names, bool canJoinGroups);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo Bot getMe failed ({Error}); group mentions are recognised by ZaloBot:BotName only until it succeeds")]
    private static partial void LogIdentityFailed(ILogger logger, string error);
}
