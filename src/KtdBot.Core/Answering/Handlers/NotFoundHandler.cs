using KtdBot.Answering.Passages;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>The last handler: nothing supports an answer, so the bot says so — and which provinces its documents do cover.</summary>
internal sealed class NotFoundHandler(KnowledgeIndex index) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn) =>
        Answers.Decline(CoverageNote.For(turn.Frame, index.Knowledge) is { } note ? $"{note} {Replies.NotFound}" : Replies.NotFound);
}
