using KtdBot.Answering;
using KtdBot.Channels.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KtdBot.Host.Tests.Channels;

public sealed class TurnQueueTests
{
    [Fact]
    public async Task RefusesWhenFullWaitsInPollingModeAndDrainsOnStop()
    {
        var gate = new SemaphoreSlim(0);
        var bot = new RecordingBot(gate);
        using var telemetry = new ChannelTelemetry(new TestMeterFactory());
        using var queue = new TurnQueue(new TurnPipeline([], bot), Options.Create(new ChannelOptions { QueueCapacity = 2, Workers = 1 }), telemetry, NullLogger<TurnQueue>.Instance);
        await queue.StartAsync(default);
        var adapter = new NullAdapter();

        Assert.True(queue.TryEnqueue(Activity("1"), adapter));
        await bot.Started.WaitAsync(TimeSpan.FromSeconds(5)); // the worker holds "1"
        Assert.True(queue.TryEnqueue(Activity("2"), adapter));
        Assert.True(queue.TryEnqueue(Activity("3"), adapter));
        Assert.False(queue.TryEnqueue(Activity("4"), adapter)); // full: the webhook answers 503
        var waiting = queue.EnqueueAsync(Activity("5"), adapter, default).AsTask(); // polling waits for room
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);

        gate.Release(10);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        await queue.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);

        Assert.Equal(["1", "2", "3", "5"], bot.Handled);
        Assert.False(queue.TryEnqueue(Activity("6"), adapter)); // stopped: refused, so the channel redelivers elsewhere
    }

    [Fact]
    public async Task KeepsOneChatInOrderAcrossWorkers()
    {
        var bot = new RecordingBot(null);
        using var telemetry = new ChannelTelemetry(new TestMeterFactory());
        using var queue = new TurnQueue(new TurnPipeline([], bot), Options.Create(new ChannelOptions { QueueCapacity = 8000, Workers = 8 }), telemetry, NullLogger<TurnQueue>.Instance);
        await queue.StartAsync(default);

        for (var i = 0; i < 200; i++)
        {
            Assert.True(queue.TryEnqueue(Activity(i.ToString(System.Globalization.CultureInfo.InvariantCulture), chat: "chat-" + (i % 3)), new NullAdapter()));
        }

        await queue.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        for (var chat = 0; chat < 3; chat++)
        {
            var ids = bot.HandledActivities.Where(a => a.ChatId == "chat-" + chat).Select(a => int.Parse(a.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(ids.Order(), ids);
        }
    }

    private static ChannelActivity Activity(string id, string chat = "c1") =>
        new(ChannelNames.Telegram, id, ActivityType.Message, chat, "u1", "x", DateTimeOffset.UtcNow);

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
