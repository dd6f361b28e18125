namespace KtdBot.Answering.Handlers;

/// <summary>A topic the knowledge base never covers (the weather, gold prices): a polite decline, whatever the passages say.</summary>
internal sealed class OutOfScopeHandler : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn) => turn.Asked.OutOfScope ? Answers.Decline(Replies.OutOfScope) : null;
}
