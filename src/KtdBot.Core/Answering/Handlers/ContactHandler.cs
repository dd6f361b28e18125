namespace KtdBot.Answering.Handlers;

/// <summary>A phone number, e-mail or address: the documents hold none, and the bloc asked about stays the subject.</summary>
internal sealed class ContactHandler : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        var q = turn.Asked;
        return q.AsksContact
            ? Answers.Decline(Replies.NoContact) with { Topic = q.Blocs.Matches.Count > 0 ? new Topic(q.Ask, q.Blocs.Matches[0].Id, q.Year) : turn.Previous }
            : null;
    }
}
