using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// No title's record gives the amount: a document's table of multiples may (a province's notice, a decree's table).
/// "vậy là bao nhiêu tiền?" after one asks about the title named before; "còn Cờ thi đua của tỉnh?" after a cash
/// question asks the same about another title.
/// </summary>
internal sealed class CashFromTablesHandler(KnowledgeIndex index, QuestionAnalyzer analyzer) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        var (q, previous, ask) = (turn.Frame, turn.Previous, turn.Subject.Ask);
        var cashFollowUp = previous?.Ask == AskKind.Cash && turn.Continues && q.FollowUpCue && ask is AskKind.Awards or AskKind.General or AskKind.Criteria;
        if (turn.BlocId is not null || (ask != AskKind.Cash && !cashFollowUp))
        {
            return null;
        }

        var fromTable = CashFromDocuments.Answer(q, index.Knowledge, turn.Citations)
            ?? (turn.Continues && previous is { Ask: AskKind.Cash, Query: { } earlierCash }
                ? CashFromDocuments.Answer(analyzer.Analyze($"{earlierCash} {q.Text}"), index.Knowledge, turn.Citations)
                : null);
        return fromTable is null
            ? null
            : new ComposedAnswer(fromTable, new Topic(AskKind.Cash, Query: turn.Subject.NamesItsSubject || previous?.Query is null ? q.Text : $"{previous.Query} {q.Text}"));
    }
}
