namespace KtdBot.Answering.Handlers;

/// <summary>
/// The sentences of the passages that answer the question; a follow-up without a subject of its own is searched
/// together with the question it follows, in the document the previous answer came from first.
/// </summary>
internal sealed class PassageHandler(PassageAnswerer passages) : IQuestionHandler
{
    public async ValueTask<ComposedAnswer?> AnswerAsync(Turn turn, CancellationToken cancellationToken)
    {
        var (q, previous, subject) = (turn.Frame, turn.Previous, turn.Subject);
        var joined = turn.Continues && !subject.NamesItsSubject && previous?.Query is not null;
        var query = joined ? $"{previous!.Query} {q.Text}" : q.Text;
        if (await passages.SelectAsync(q, query, turn.Citations, joined ? previous!.DocumentId : null, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return null;
        }

        var topic = new Topic(subject.Ask, turn.BlocId, turn.Year, subject.Campaigns.Count > 0 ? subject.Campaigns[0].Id : null, subject.Titles.Count > 0 ? subject.Titles[0].Id : null, query, found.DocumentId);
        return new ComposedAnswer(found.Answer, topic);
    }
}
