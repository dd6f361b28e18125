namespace KtdBot.Channels.Core;

/// <summary>A step every turn goes through before (and after) the bot: dedupe, rate limit, typing, telemetry.</summary>
public interface ITurnMiddleware
{
    /// <summary>Does its part, then calls <paramref name="continueTurn"/> to continue the turn, or returns without calling it to stop the turn.</summary>
    Task OnTurnAsync(TurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken);
}

/// <summary>The end of the pipeline: what the bot does with an activity that got through.</summary>
public interface IBot
{
    /// <summary>Handles one turn.</summary>
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Runs the middleware, in registration order, around the bot.</summary>
public sealed class TurnPipeline(IEnumerable<ITurnMiddleware> middleware, IBot bot)
{
    private readonly ITurnMiddleware[] _middleware = middleware.ToArray();

    /// <summary>Runs one turn through the whole pipeline.</summary>
    public Task RunAsync(TurnContext turn, CancellationToken cancellationToken) => NextAsync(turn, 0, cancellationToken);

    private Task NextAsync(TurnContext turn, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, ct => NextAsync(turn, index + 1, ct), cancellationToken)
            : bot.OnTurnAsync(turn, cancellationToken);
}
