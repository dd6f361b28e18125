using System.Text.RegularExpressions;

namespace KtdBot.Answering.Passages;

/// <summary>
/// The markers that open a list item or a legal clause. One table: a new way of numbering is a new row.
/// The marker is kept for clauses (khoản "1.", điểm "a)") because a quoted clause is cited by it.
/// </summary>
internal static partial class ListItems
{
    private sealed record Marker(Regex Pattern, bool KeepMarker);

    private static readonly Marker[] Markers =
    [
        new(Bullet(), KeepMarker: false),
        new(NumberedClause(), KeepMarker: true),
        new(BracketedNumber(), KeepMarker: true),
        new(LetteredPoint(), KeepMarker: true),
    ];

    /// <summary>The item's text when <paramref name="line"/> opens a list item, else null.</summary>
    public static string? Item(string line)
    {
        foreach (var marker in Markers)
        {
            var match = marker.Pattern.Match(line);
            if (match.Success && match.Length < line.Length)
            {
                var rest = line[match.Length..].Trim();
                return rest.Length == 0 ? null : marker.KeepMarker ? $"{match.Value.Trim()} {rest}" : rest;
            }
        }

        return null;
    }

    // "- ", "+ ", "• ", "– ".
    [GeneratedRegex(@"^[-+•–]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    // "1. ", "12. " (not "1.250 triệu", not a year).
    [GeneratedRegex(@"^\d{1,2}\.\s+(?=\p{L}|“|"")", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedClause();

    // "(1) ", "(2)", "1) ", "(i)", "(iv)".
    [GeneratedRegex(@"^(?:\(\d{1,2}\)|\d{1,2}\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))\s*(?=\p{L}|“|"")", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedNumber();

    // "a) ", "đ) ": a point of a clause.
    [GeneratedRegex(@"^[a-zđ]\)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LetteredPoint();
}
