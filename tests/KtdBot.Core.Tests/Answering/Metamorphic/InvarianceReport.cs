using System.Globalization;
using System.Text;

namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>One variant asked: which case, which file, what was typed and what went wrong (nothing when the facts held).</summary>
public sealed record VariantRun(string File, string CaseId, VariantKind Kind, IReadOnlyList<string> Turns, IReadOnlyList<string> Failures)
{
    public bool Kept => Failures.Count == 0;
}

/// <summary>Invariance per kind of variant: of the variants that apply to a case whose original passes, the share that keeps its facts.</summary>
public sealed class InvarianceReport(IReadOnlyList<VariantRun> runs, IReadOnlyDictionary<VariantKind, int> notApplicable, int casesRun, int originalsFailing)
{
    /// <summary>Kept / applicable for one kind (1 when none applies).</summary>
    public double Rate(VariantKind kind)
    {
        var applicable = runs.Count(r => r.Kind == kind);
        return applicable == 0 ? 1 : (double)runs.Count(r => r.Kind == kind && r.Kept) / applicable;
    }

    /// <summary>"no-diacritics 98.5%, one-typo 91.0%, …".</summary>
    public string Summary() =>
        string.Join(", ", Kinds.Select(k => $"{Label(k)} {Percent(Rate(k))}"));

    /// <summary>A table per kind and file, the summary line, then every variant that lost a fact.</summary>
    public IEnumerable<string> Lines()
    {
        var files = runs.Select(r => r.File).Distinct().ToList();
        yield return $"{"kind",-14}" + string.Concat(files.Select(f => $" {f,24}")) + $" {"all",14} {"n/a",5}";
        foreach (var kind in Kinds)
        {
            var row = new StringBuilder($"{Label(kind),-14}");
            foreach (var file in files)
            {
                row.Append(' ').Append(Cell(runs.Where(r => r.Kind == kind && r.File == file).ToList()).PadLeft(24));
            }

            row.Append(' ').Append(Cell(runs.Where(r => r.Kind == kind).ToList()).PadLeft(14))
                .Append(' ').Append(notApplicable.GetValueOrDefault(kind).ToString(CultureInfo.InvariantCulture).PadLeft(5));
            yield return row.ToString();
        }

        yield return $"invariance: {Summary()} ({casesRun} cases whose original passes; {originalsFailing} failing originals left out)";
        foreach (var run in runs.Where(r => !r.Kept).OrderBy(r => r.Kind).ThenBy(r => r.CaseId, StringComparer.Ordinal))
        {
            yield return $"lost {Label(run.Kind)} {run.CaseId}: {string.Join(" | ", run.Turns)} → {string.Join("; ", run.Failures)}";
        }
    }

    public static string Label(VariantKind kind) => kind switch
    {
        VariantKind.NoDiacritics => "no-diacritics",
        VariantKind.OneTypo => "one-typo",
        VariantKind.GreetingPrefix => "greeting",
        VariantKind.Shorthand => "shorthand",
        VariantKind.AllCaps => "all-caps",
        VariantKind.TwoTurns => "two-turns",
        _ => kind.ToString(),
    };

    private static IEnumerable<VariantKind> Kinds => Enum.GetValues<VariantKind>();

    private static string Cell(List<VariantRun> kindRuns) =>
        kindRuns.Count == 0 ? "-" : $"{kindRuns.Count(r => r.Kept)}/{kindRuns.Count} {Percent((double)kindRuns.Count(r => r.Kept) / kindRuns.Count)}";

    private static string Percent(double rate) => (100 * rate).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
