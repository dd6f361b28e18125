using KtdBot.Answering;
using KtdBot.Channels.Core;
using KtdBot.Channels.State;
using KtdBot.Host.Tests.Support;
using KtdBot.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KtdBot.Host.Tests.Channels;

public sealed class TurnQueueTests
{
    [Fact]
    public async Task RefusesWhenFullWaitsInPollingModeAndRefusesOnceStopping()
    {
        var gate = new SemaphoreSlim(0);
        var bot = new RecordingBot(gate);
        using var queue = NewQueue(bot, new ChannelOptions { QueueCapacity = 3, Workers = 1 }, new MemoryInbox(TimeProvider.System), out _);
        await queue.StartAsync(default);

        Assert.Equal(Admission.Queued, await queue.TryEnqueueAsync(Activity("1"), default));
        await bot.Started.WaitAsync(TimeSpan.FromSeconds(5)); // the worker holds "1"
        Assert.Equal(Admission.Duplicate, await queue.TryEnqueueAsync(Activity("1"), default)); // a repeat takes no room
        Assert.Equal(Admission.Queued, await queue.TryEnqueueAsync(Activity("2"), default));
        Assert.Equal(Admission.Queued, await queue.TryEnqueueAsync(Activity("3"), default));
        Assert.Equal(Admission.Busy, await queue.TryEnqueueAsync(Activity("4"), default)); // full: the webhook answers 503
        var waiting = queue.EnqueueAsync(Activity("5"), default); // polling waits for room
        Assert.False(waiting.IsCompleted);

        gate.Release(10);
        Assert.Equal(Admission.Queued, await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        await queue.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);

        Assert.Equal(["1", "2", "3", "5"], bot.Handled);
        Assert.Equal(Admission.Stopping, await queue.TryEnqueueAsync(Activity("6"), default)); // the channel redelivers later
    }

    [Fact]
    public async Task KeepsOneChatInOrderAcrossWorkers()
    {
        var bot = new RecordingBot(null);
        using var queue = NewQueue(bot, new ChannelOptions { QueueCapacity = 8000, Workers = 8 }, new MemoryInbox(TimeProvider.System), out _);
        await queue.StartAsync(default);

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(Admission.Queued, await queue.TryEnqueueAsync(Activity(i.ToString(System.Globalization.CultureInfo.InvariantCulture), chat: "chat-" + (i % 3)), default));
        }

        await queue.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        Assert.Equal(200, bot.Handled.Count);
        for (var chat = 0; chat < 3; chat++)
        {
            var ids = bot.HandledActivities.Where(a => a.ChatId == "chat-" + chat).Select(a => int.Parse(a.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(ids.Order(), ids);
        }
    }

    [Fact]
    public async Task AChatWhoseChannelFailsWaitsInOrderWhileOtherChatsAreAnswered()
    {
        var adapter = new FlakyAdapter { FailuresFor = { ["bad"] = int.MaxValue } };
        var inbox = new MemoryInbox(TimeProvider.System);
        using var queue = NewQueue(new EchoBot(), new ChannelOptions { Workers = 1, SendRetryMaxDelay = TimeSpan.FromMilliseconds(20) }, inbox, out _, adapter);
        await queue.StartAsync(default);

        await queue.TryEnqueueAsync(Activity("b1", chat: "bad"), default);
        await queue.TryEnqueueAsync(Activity("b2", chat: "bad"), default);
        for (var i = 0; i < 5; i++)
        {
            await queue.TryEnqueueAsync(Activity("g" + i, chat: "good"), default);
        }

        // One worker serves both chats: the good one is answered while the bad one's channel keeps failing.
        await Eventually.TrueAsync(() => adapter.Delivered.Count == 5, "the good chat answered");
        Assert.Equal(["g0", "g1", "g2", "g3", "g4"], adapter.Delivered);
        await Eventually.TrueAsync(() => adapter.Attempts("bad") >= 3, "the bad chat retried");

        adapter.Heal("bad");
        await Eventually.TrueAsync(() => adapter.Delivered.Count == 7, "the bad chat answered once its channel is back");
        Assert.Equal(["b1", "b2"], adapter.Delivered.Skip(5)); // in order, each once
        await Eventually.TrueAsync(() => inbox.Count == 0, "every entry completed");
        await queue.StopAsync(default);
    }

    [Fact]
    public async Task GivesUpAReplyAfterTheRetryWindowLogsAndCountsIt()
    {
        var adapter = new FlakyAdapter { FailuresFor = { ["down"] = int.MaxValue } };
        var inbox = new MemoryInbox(TimeProvider.System);
        var options = new ChannelOptions { Workers = 1, SendRetryWindow = TimeSpan.FromMilliseconds(200), SendRetryMaxDelay = TimeSpan.FromMilliseconds(20) };
        using var queue = NewQueue(new EchoBot(), options, inbox, out var telemetry, adapter);
        long givenUp = 0;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == telemetry.InboxGivenUp.Meter && instrument.Name == "ktdbot.inbox.given_up")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref givenUp, value));
        listener.Start();
        await queue.StartAsync(default);

        await queue.TryEnqueueAsync(Activity("x", chat: "down"), default);

        await Eventually.TrueAsync(() => inbox.Count == 0, "the entry given up and removed");
        Assert.Equal(1, Interlocked.Read(ref givenUp));
        Assert.Empty(adapter.Delivered);
        await queue.StopAsync(default);
    }

    private static TurnQueue NewQueue(IBot bot, ChannelOptions options, IInbox inbox, out ChannelTelemetry telemetry, IChannelAdapter? adapter = null)
    {
        telemetry = new ChannelTelemetry(new TestMeterFactory());
        return new TurnQueue(
            new TurnPipeline([], bot),
            inbox,
            new InMemoryDeduplicator(Options.Create(options), TimeProvider.System),
            [adapter ?? new NullAdapter()],
            Options.Create(options),
            telemetry,
            TimeProvider.System,
            NullLogger<TurnQueue>.Instance);
    }

    private static ChannelActivity Activity(string id, string chat = "c1") =>
        new(ChannelNames.Telegram, id, ActivityType.Message, chat, "u-" + chat, "x", DateTimeOffset.UtcNow);

    private sealed class RecordingBot(SemaphoreSlim? gate) : IBot
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<ChannelActivity> _handled = [];

        public Task Started => _started.Task;

        public IReadOnlyList<string> Handled { get { lock (_handled) { return _handled.Select(a => a.Id).ToList(); } } }

        public IReadOnlyList<ChannelActivity> HandledActivities { get { lock (_handled) { return [.. _handled]; } } }

        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            if (gate is not null)
            {
                await gate.WaitAsync(cancellationToken);
            }

            lock (_handled)
            {
                _handled.Add(turn.Activity);
            }
        }
    }

    private sealed class EchoBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) =>
            turn.SendAsync(Answer.Ungrounded(turn.Activity.Id), cancellationToken);
    }

    /// <summary>Throws ChannelUnavailableException for the first N sends to a chat, then delivers.</summary>
    private sealed class FlakyAdapter : IChannelAdapter
    {
        private readonly List<string> _delivered = [];

        private readonly Dictionary<string, int> _attempts = [];

        public Dictionary<string, int> FailuresFor { get; } = [];

        public IReadOnlyList<string> Delivered { get { lock (_delivered) { return [.. _delivered]; } } }

        public int Attempts(string chat) { lock (_delivered) { return _attempts.GetValueOrDefault(chat); } }

        public void Heal(string chat) { lock (_delivered) { FailuresFor[chat] = 0; } }

        public string Channel => ChannelNames.Telegram;

        public bool RepliesInline => false;

        public Task SendAsync(TurnContext turn, Answer answer, CancellationToken cancellationToken)
        {
            lock (_delivered)
            {
                _attempts[turn.Activity.ChatId] = _attempts.GetValueOrDefault(turn.Activity.ChatId) + 1;
                if (FailuresFor.TryGetValue(turn.Activity.ChatId, out var left) && left > 0)
                {
                    FailuresFor[turn.Activity.ChatId] = left - 1;
                    throw new ChannelUnavailableException("503", (TimeSpan?)null);
                }

                _delivered.Add(answer.Text);
            }

            return Task.CompletedTask;
        }

        public Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class NullAdapter : IChannelAdapter
    {
        public string Channel => ChannelNames.Telegram;

        public bool RepliesInline => false;

        public Task SendAsync(TurnContext turn, Answer answer, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task SendTypingAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class TestMeterFactory : System.Diagnostics.Metrics.IMeterFactory
    {
        private readonly List<System.Diagnostics.Metrics.Meter> _meters = [];

        public System.Diagnostics.Metrics.Meter Create(System.Diagnostics.Metrics.MeterOptions options)
        {
            var meter = new System.Diagnostics.Metrics.Meter(options);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
