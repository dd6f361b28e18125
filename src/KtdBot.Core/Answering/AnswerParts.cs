using System.Globalization;
using System.Text.RegularExpressions;

namespace KtdBot.Answering;

/// <summary>One answer made of the answers to a question's parts, their sources numbered once.</summary>
internal static partial class AnswerParts
{
    /// <summary>
    /// The first answer, then the second with its "[n]" renumbered against the sources already listed (a source both
    /// cite keeps its first number). Grounded as the first is; a second part the records cannot answer says so in its text.
    /// </summary>
    public static Answer Join(Answer first, Answer second)
    {
        var citations = first.Citations.ToList();
        var numbers = new Dictionary<int, int>();
        for (var i = 0; i < second.Citations.Count; i++)
        {
            var citation = second.Citations[i];
            var at = citations.FindIndex(c => c.Title == citation.Title && c.Source == citation.Source);
            if (at < 0)
            {
                citations.Add(citation);
                at = citations.Count - 1;
            }

            numbers[i + 1] = at + 1;
        }

        var renumbered = Marker().Replace(second.Text, m =>
            numbers.TryGetValue(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), out var n) ? $"[{n}]" : m.Value);
        var text = second.Text.Trim() == first.Text.Trim() ? first.Text : first.Text.TrimEnd() + "\n\n" + renumbered.Trim();
        return new Answer(text, first.Grounded, citations, second.Suggestions.Count > 0 ? second.Suggestions : first.Suggestions);
    }

    [GeneratedRegex(@"\[(?<n>\d{1,2})\]")]
    private static partial Regex Marker();
}
