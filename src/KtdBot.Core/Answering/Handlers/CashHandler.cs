using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// "Tiền thưởng Chiến sĩ thi đua cơ sở là bao nhiêu?": the cash reward of the titles the question names — every one of
/// them ("cờ thi đua của Chính phủ với cờ thi đua cấp tỉnh"), both kinds when the name is shared ("bằng khen") — and
/// never a sibling's figure for a title whose amount the sources do not give.
/// </summary>
internal sealed class CashHandler : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        if (turn.BlocId is not null || turn.Subject.Ask != AskKind.Cash)
        {
            return null;
        }

        var q = turn.Frame;
        return q.TitlesNamed.Count > 0 ? Compose(q.TitlesNamed, q, turn.Citations)
            : turn.Subject.Titles.Count > 0 ? Compose([turn.Subject.Titles[0]], q, turn.Citations)
            : null;
    }

    private static ComposedAnswer Compose(IReadOnlyList<AwardTitleInfo> chosen, QuestionFrame q, CitationList citations)
    {
        if (chosen.Count == 1)
        {
            return chosen[0].CashReward is null ? Answers.Decline(Replies.NoCashReward(chosen[0].Name)) : TitleAnswer.Compose(chosen[0], AskKind.Cash, q, citations);
        }

        if (chosen.All(t => t.CashReward is null))
        {
            return Answers.Decline(Replies.NoCashReward(string.Join(", ", chosen.Select(t => t.Name))));
        }

        var text = new StringBuilder(Sentences.CashHeading).Append('\n');
        foreach (var title in chosen)
        {
            var statement = Sentences.CashOf(title);
            if (title.CashReward is null)
            {
                text.Append("- ").Append(statement).Append('\n');
            }
            else
            {
                text.Append("- ").Cited(statement, title.Source, citations).Append('\n');
            }
        }

        return new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, citations.Items, []), new Topic(AskKind.Cash, TitleId: chosen[0].Id));
    }
}
