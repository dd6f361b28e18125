using KtdBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace KtdBot.Core.Tests.Answering;

/// <summary>
/// The answer-quality suite (tests/eval/answers.yaml): every expected fact present, no forbidden
/// (wrong or invented) fact, and a decline for every unanswerable question — with the offline composer.
/// </summary>
public sealed class AnswerQualityTests(BotFixture bot, ITestOutputHelper output) : IClassFixture<BotFixture>
{
    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var item in AnswerCase.LoadAll())
        {
            data.Add(item.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task AnswersLikeTheSuiteExpects(string id)
    {
        var item = AnswerCase.LoadAll().Single(c => c.Id == id);

        var failures = await CheckAsync(item);

        Assert.True(failures.Count == 0, $"{item.Id} ({item.Category}): {string.Join("; ", failures)}");
    }

    [Fact]
    public async Task ReportsThePassRatePerCategory()
    {
        var cases = AnswerCase.LoadAll();
        Assert.True(cases.Count >= 80, $"the suite should hold at least 80 cases, has {cases.Count}");
        var results = await RunAsync(cases);
        Assert.All(results, r => Assert.True(r.Passed));
    }

    /// <summary>
    /// Cases written by someone who never saw the composer's code, typed the way people chat: a measure of how
    /// the bot does on questions it was not tuned on. The floor guards against regressions; the rate is printed.
    /// </summary>
    [Theory]
    [InlineData("answers-heldout.yaml", 0.85)]
    [InlineData("answers-heldout-2.yaml", 0.80)]
    public async Task HeldOutCasesStayAboveTheFloor(string file, double floor)
    {
        var cases = AnswerCase.LoadAll(file);
        var results = await RunAsync(cases);
        foreach (var failed in results.Where(r => !r.Passed))
        {
            output.WriteLine($"held-out miss: {failed.Id}");
        }

        Assert.True(results.Count(r => r.Passed) >= floor * results.Count, $"{results.Count(r => r.Passed)}/{results.Count} held-out cases in {file} pass");
    }

    private async Task<List<(string Id, string Category, bool Passed)>> RunAsync(IReadOnlyList<AnswerCase> cases)
    {
        var results = new List<(string Id, string Category, bool Passed)>();
        foreach (var item in cases)
        {
            results.Add((item.Id, item.Category, (await CheckAsync(item)).Count == 0));
        }

        foreach (var group in results.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Key,-14} {group.Count(r => r.Passed),3}/{group.Count(),-3} {100.0 * group.Count(r => r.Passed) / group.Count(),5:F1}%");
        }

        output.WriteLine($"{"total",-14} {results.Count(r => r.Passed),3}/{results.Count,-3} {100.0 * results.Count(r => r.Passed) / results.Count,5:F1}%");
        return results;
    }

    private Task<List<string>> CheckAsync(AnswerCase item) => AnswerCheck.RunAsync(bot, item, item.Turns);
}
