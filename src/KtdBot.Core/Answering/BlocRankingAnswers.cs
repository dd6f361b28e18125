using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>Answers about a bloc's deputy (khối phó) and its ranking (điểm, xếp loại), from the records only.</summary>
internal static class BlocRankingAnswers
{
    /// <summary>The deputy for the year asked, or every one recorded; declined when the records name none.</summary>
    public static Answer Deputy(BlocInfo bloc, IReadOnlyList<BlocLeaderInYear> recorded, int? year, CitationList citations)
    {
        var role = bloc.Kind == "cụm thi đua" ? "cụm phó" : "khối phó";
        var asked = recorded.Where(d => year is null || d.Year == year).OrderByDescending(d => d.Year).ToList();
        if (asked.Count == 0)
        {
            var known = recorded.Select(d => d.Year).Distinct().Order().ToList();
            var text = year is null
                ? $"Tài liệu hiện có không ghi {role} của {Name(bloc)}."
                : $"Tài liệu hiện có không ghi {role} của {Name(bloc)} năm {year}.";
            return Answer.Ungrounded(text + (known.Count > 0 ? $" Dữ liệu có {role} các năm: {string.Join(", ", known)}." : string.Empty) + " " + Replies.Scope, Suggest.AfterLeader(bloc));
        }

        var builder = new StringBuilder();
        foreach (var deputy in asked)
        {
            var statement = $"Năm {deputy.Year}, {role} {Name(bloc)} là {deputy.Unit}.";
            builder.Append(statement);
            if (deputy.Source is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $" [{citations.Cite(deputy.Source, deputy.Basis ?? statement)}]");
            }

            builder.Append('\n');
        }

        return new Answer(builder.ToString().TrimEnd(), true, citations.Items, Suggest.AfterLeader(bloc));
    }

    /// <summary>The score of the unit the question names, else the whole ranking; declined when the records hold none.</summary>
    public static Answer Scores(IReadOnlyList<BlocScoreItem> scores, IReadOnlyList<string> question, int? year, CitationList citations, string? focusUnit = null)
    {
        var inYear = scores.Where(s => year is null || s.Year == year).ToList();
        var named = inYear.Where(s => Names(question, s.Unit)).ToList();
        if (named.Count == 0 && focusUnit is not null)
        {
            var focus = NameMatcher.Syllables(UnitNames.Core(focusUnit));
            named = inYear.Where(s => NameMatcher.Syllables(UnitNames.Core(s.Unit)).SequenceEqual(focus)).ToList();
        }

        // "tự chấm cao nhất": the column the question names ranks the rows, else the score the records keep.
        var column = AskedColumn(question, inYear);
        decimal Key(BlocScoreItem s) => column is null ? Points(s.Points) : Points(Figure(s, column) ?? "0");
        var highest = question.Contains("nhat", StringComparer.Ordinal) && (question.Contains("cao", StringComparer.Ordinal) || question.Contains("thap", StringComparer.Ordinal));
        var ranked = question.Contains("thap", StringComparer.Ordinal) ? inYear.OrderBy(Key).ToList() : inYear.OrderByDescending(Key).ToList();
        var chosen = named.Count > 0 ? named : highest ? ranked.Take(1).ToList() : ranked;
        if (chosen.Count == 0 || (named.Count == 0 && NamesAUnit(question)))
        {
            return Answer.Ungrounded("Tài liệu hiện có không ghi điểm thi đua của đơn vị này" + (year is null ? "." : $" năm {year}.") + " " + Replies.Scope, []);
        }

        var text = new StringBuilder();
        foreach (var score in chosen)
        {
            // With every column of the row ("Tự chấm: 98,5; Khối chấm: 96,0"), a question about one of them finds its figure.
            var points = Sentences.Decimal(score.Points);
            var statement = score.Figures is { } figures
                ? $"Năm {score.Year}, {score.Unit} ({Name(score.Bloc)}) đạt {points} điểm ({Sentences.Figures(figures)}){(score.Rank is null || figures.EndsWith(score.Rank, StringComparison.Ordinal) ? string.Empty : $", xếp loại {score.Rank}")}."
                : $"Năm {score.Year}, {score.Unit} ({Name(score.Bloc)}) đạt {points} điểm{(score.Rank is null ? string.Empty : $", xếp loại {score.Rank}")}.";
            text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(score.Source, $"{score.Unit} {score.Points}")}]").Append('\n');
        }

        return new Answer(text.ToString().TrimEnd(), true, citations.Items, []);
    }

    // "Sở Y tế" in the question, by the unit's core name ("Sở Y tế" of "Sở Y tế tỉnh Hà Tĩnh").
    private static bool Names(IReadOnlyList<string> question, string unit)
    {
        var core = NameMatcher.Syllables(UnitNames.Core(unit));
        return core.Length >= 2 && NameMatcher.Contains(question, core);
    }

    // A unit word ("sở", "công an", "trường") in the question means it asks about one unit.
    private static bool NamesAUnit(IReadOnlyList<string> question) =>
        question.Any(s => s is "so" or "truong" or "cong" or "ban" or "hoi" or "vien" or "benh" or "cuc" or "ngan" or "phuong" or "xa");

    // The score column a question names ("tự chấm", "khối chấm"), among the headers of the rows' figures.
    private static string? AskedColumn(IReadOnlyList<string> question, IReadOnlyList<BlocScoreItem> rows)
    {
        var headers = rows.SelectMany(r => (r.Figures ?? string.Empty).Split("; ", StringSplitOptions.RemoveEmptyEntries))
            .Select(f => f.Split(':')[0].Trim()).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal);
        return headers.Select(h => (Header: h, Words: NameMatcher.Syllables(h).Where(w => w is not "tong" and not "diem" and not "so").ToArray()))
            .Where(h => h.Words.Length >= 2 && NameMatcher.Contains(question, h.Words))
            .OrderByDescending(h => h.Words.Length).Select(h => h.Header).FirstOrDefault();
    }

    private static string? Figure(BlocScoreItem row, string header) =>
        (row.Figures ?? string.Empty).Split("; ").Select(f => f.Split(':', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim() == header)?[1].Trim();

    private static decimal Points(string points) =>
        decimal.TryParse(points.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string Name(BlocInfo bloc) => bloc.Province is null ? bloc.Name : $"{bloc.Name} (tỉnh {bloc.Province})";
}
