using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>What a title's record says for what was asked: its cash reward, its legal basis and the rules that no longer apply, or its criteria.</summary>
internal static class TitleAnswer
{
    public static ComposedAnswer Compose(AwardTitleInfo title, AskKind ask, QuestionFrame q, CitationList citations)
    {
        var text = new StringBuilder();
        var basis = Sentences.TitleBasis(title);
        void Line(string statement) => text.Cited(statement, title.Source, citations).Append('\n');

        switch (ask)
        {
            case AskKind.Cash when title.CashReward is not null:
                Line(Sentences.TitleCash(title));
                // "nếu 5 người cùng đạt … thì tổng bao nhiêu": the total, with the base salary typed or the one the record states.
                if (q.Recipients is { } people && Passages.QuotedAmounts.Multiples(title.CashReward) is [var multiple, ..]
                    && (q.BaseSalary ?? FrameSlots.SalaryIn(title.CashReward)) is { } salary)
                {
                    text.Append(Sentences.CashTotal(people, multiple, salary)).Append('\n');
                }

                break;
            case AskKind.LegalBasis:
                if (title.NoLongerApplies.Count > 0 && q.Says(Cue.ChangedRule))
                {
                    foreach (var rule in title.NoLongerApplies)
                    {
                        Line(Sentences.NoLongerApplies(rule));
                    }
                }

                if (basis is not null)
                {
                    Line(Sentences.TitleInForce(title, basis));
                }

                break;
            default:
                if (title.Criteria.Count > 0)
                {
                    text.Append(Sentences.CriteriaHeading(title, basis)).Append('\n');
                    foreach (var criterion in title.Criteria)
                    {
                        text.Append("- ").Append(criterion.TrimEnd('.')).Append('\n');
                    }

                    text.Append(CultureInfo.InvariantCulture, $"[{citations.Cite(title.Source, string.Join(" ", title.Criteria))}]\n");
                }
                else if (basis is not null)
                {
                    Line(Sentences.TitleIs(title, basis));
                }

                if (title.ConferredBy is not null)
                {
                    Line(Sentences.ConferredBy(title.ConferredBy));
                }

                if (title.CashReward is not null && ask is AskKind.General or AskKind.Criteria)
                {
                    Line(Sentences.CashReward(title.CashReward));
                }

                foreach (var rule in title.NoLongerApplies)
                {
                    Line(Sentences.NoLongerApplies(rule));
                }

                break;
        }

        if (title.Unconfirmed)
        {
            text.Append(Sentences.Unconfirmed).Append('\n');
        }

        if (text.Length == 0)
        {
            Line(Sentences.TitleIs(title, null));
        }

        return new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, citations.Items, Suggest.AfterTitle(title)), new Topic(ask, TitleId: title.Id));
    }
}
