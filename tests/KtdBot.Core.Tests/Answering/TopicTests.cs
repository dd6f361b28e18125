using KtdBot.Answering;

namespace KtdBot.Core.Tests.Answering;

/// <summary>A conversation's topic survives the store (memory or Redis keep it as strings).</summary>
public sealed class TopicTests
{
    [Fact]
    public void EverySlotOfATopicRoundTripsThroughTheStoredContext()
    {
        var topic = new Topic(AskKind.Awards, "khoi-thi-dua-so-2-cao-bang-2025", 2025, "campaign", "title", "query", "qd-215", "Khối thi đua 9", AwaitsBloc: true, Unit: "Sở Tài chính");

        Assert.Equal(topic, Topic.FromContext(topic.ToContext()));
    }
}
