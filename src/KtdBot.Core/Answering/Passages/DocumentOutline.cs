using System.Runtime.CompilerServices;
using KtdBot.Answering.Plugins;
using KtdBot.Ingestion;

namespace KtdBot.Answering.Passages;

/// <summary>
/// A document as logical lines, each with the article it sits under, read once per document. A retrieved passage is
/// located in it, so a list cut off by the chunk boundary is completed and the quoted clause can name its article.
/// </summary>
internal sealed partial class DocumentOutline
{
    private const int ProbeLength = 40;
    private const int MostItemsCarried = 15;
    private const int HeaderLines = 25;

    private static readonly ConditionalWeakTable<ExtractedDocument, DocumentOutline> Outlines = [];

    private readonly List<(string Text, string Heading)> _lines = [];
    private readonly string?[] _references;

    private DocumentOutline(ExtractedDocument document)
    {
        foreach (var section in document.Sections)
        {
            _lines.AddRange(AnswerUnits.LogicalLines(section.Text).Select(l => (l, section.Heading)));
        }

        var texts = _lines.Select(l => l.Text).ToList();
        _references = ArticleReferences.InForce(texts, LegalName.Of(texts));
        Signature = Signatures.Find(texts);
        Name = LegalName.Of(texts);
        IssuedOn = texts.Take(HeaderLines).Select(l => IssueDate().Match(l)).FirstOrDefault(m => m.Success) is { } issued
            ? $"{issued.Groups["date"].Value} tại {issued.Groups["place"].Value.Trim()}"
            : null;
        HeaderSyllables = texts.Take(HeaderLines).SelectMany(NameMatcher.Syllables).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The document's short name from its number ("Kế hoạch 982/KH-UBND"), when it has one.</summary>
    public string? Name { get; }

    /// <summary>When and where the document was issued, as its header says: "ngày 19 tháng 11 năm 2025 tại Nghệ An".</summary>
    public string? IssuedOn { get; }

    /// <summary>The folded syllables of the document's first lines: its number, date and issuer.</summary>
    public IReadOnlySet<string> HeaderSyllables { get; }

    /// <summary>Who signed the document ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phùng Thành Vinh"), when it is signed.</summary>
    public Signature? Signature { get; }

    /// <summary>The outline of <paramref name="document"/>, built on first use.</summary>
    public static DocumentOutline Of(ExtractedDocument document) => Outlines.GetValue(document, d => new DocumentOutline(d));

    /// <summary>
    /// The logical lines the passage covers, widened to the lead-in of a list it starts inside and to the end of a list
    /// it stops inside; null when the passage cannot be found (then its own text is used).
    /// </summary>
    public (IReadOnlyList<string> Lines, IReadOnlyList<string?> References)? Locate(Passage passage)
    {
        var own = AnswerUnits.LogicalLines(passage.Text).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        var first = Find(Probe(own[0], fromStart: true), 0, passage.Heading);
        if (first < 0)
        {
            return null;
        }

        var last = Find(Probe(own[^1], fromStart: false), first, passage.Heading);
        if (last < 0 || last - first > own.Count + 4)
        {
            return null;
        }

        // Back to the lead-in of a list the passage starts inside; on to the end of a list it stops inside.
        for (var k = 0; k < MostItemsCarried && first > 0 && InsideList(first) && SameSection(first - 1, first) && !_lines[first].Text.EndsWith(':'); k++)
        {
            first--;
        }

        for (var k = 0; k < MostItemsCarried && last + 1 < _lines.Count && SameSection(last, last + 1) && OpensOrContinuesList(last)
            && (IsItem(last + 1) || _lines[last + 1].Text.Length <= LongestItem); k++)
        {
            last++;
        }

        var span = Enumerable.Range(first, last - first + 1).ToList();
        return (span.Select(i => _lines[i].Text).ToList(), span.Select(i => _references[i]).ToList());
    }

    private const int LongestItem = 400;

    private bool IsItem(int line) => ListItems.Item(_lines[line].Text) is not null;

    // A line inside a list: a marked item, or an unmarked one ending with ";" (bullets lost in crawling).
    private bool InsideList(int line) => IsItem(line) || _lines[line].Text.EndsWith(';');

    private bool OpensOrContinuesList(int line) => _lines[line].Text.EndsWith(':') || _lines[line].Text.EndsWith(';') || (IsItem(line) && line + 1 < _lines.Count && IsItem(line + 1));

    private bool SameSection(int a, int b) => string.Equals(_lines[a].Heading, _lines[b].Heading, StringComparison.Ordinal);

    private int Find(string probe, int from, string heading)
    {
        for (var i = from; i < _lines.Count; i++)
        {
            if (string.Equals(_lines[i].Heading, heading, StringComparison.Ordinal) && _lines[i].Text.Contains(probe, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<place>\p{Lu}[\p{L} ]*),\s*(?<date>ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IssueDate();

    private static string Probe(string line, bool fromStart) =>
        line.Length <= ProbeLength ? line : fromStart ? line[..ProbeLength] : line[^ProbeLength..];
}
