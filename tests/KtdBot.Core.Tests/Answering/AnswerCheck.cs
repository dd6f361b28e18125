using KtdBot.Answering;
using KtdBot.Core.Tests.Support;

namespace KtdBot.Core.Tests.Answering;

/// <summary>
/// How the answer-quality suite judges one run of a case: the turns are asked in one new conversation and the last
/// answer must have the case's grounded status, every expected fact and no forbidden one.
/// </summary>
public static class AnswerCheck
{
    /// <summary>What is wrong with the last answer (empty when the run passes), ending with the answer itself.</summary>
    /// <param name="bot">The bot under test.</param>
    /// <param name="item">The case whose expectations apply.</param>
    /// <param name="turns">What is typed: the case's own turns or a variant of them.</param>
    public static async Task<List<string>> RunAsync(BotFixture bot, AnswerCase item, IReadOnlyList<string> turns)
    {
        var conversation = $"suite:{item.Id}:{Guid.NewGuid():N}";
        Answer? answer = null;
        foreach (var turn in turns)
        {
            answer = await bot.AskAsync(turn, conversation);
        }

        var failures = new List<string>();
        if (answer is null)
        {
            failures.Add("no question");
            return failures;
        }

        if (answer.Grounded != item.Grounded)
        {
            failures.Add($"grounded={answer.Grounded}, expected {item.Grounded}");
        }

        if (!item.Grounded && answer.Citations.Count > 0)
        {
            failures.Add("a declined answer cites sources");
        }

        failures.AddRange(item.Expect.Where(e => !Contains(answer.Text, e)).Select(e => $"missing '{e}'"));
        failures.AddRange(item.Forbid.Where(f => Contains(answer.Text, f)).Select(f => $"states forbidden '{f}'"));
        if (failures.Count > 0)
        {
            failures.Add($"answer was: {AnswerText.Render(answer).Replace('\n', ' ')}");
        }

        return failures;
    }

    // Figures may be written "14.000" or "14000"; names must match with their diacritics.
    private static bool Contains(string text, string fact) =>
        text.Contains(fact, StringComparison.OrdinalIgnoreCase)
        || text.Replace(".", string.Empty, StringComparison.Ordinal).Contains(fact.Replace(".", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
