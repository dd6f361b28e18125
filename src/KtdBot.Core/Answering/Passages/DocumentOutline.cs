using System.Runtime.CompilerServices;
using KtdBot.Answering.Plugins;
using KtdBot.Ingestion;

namespace KtdBot.Answering.Passages;

/// <summary>
/// A document as logical lines, each with the article it sits under, read once per document. A retrieved passage is
/// located in it, so a list cut off by the chunk boundary is completed and the quoted clause can name its article.
/// </summary>
internal sealed class DocumentOutline
{
    private const int ProbeLength = 40;
    private const int MostItemsCarried = 15;
    private const int HeaderLines = 25;
    private const int SubjectLines = 40;
    private const int SubjectWords = 5;

    private static readonly string[] NotASubject = ["CỘNG HÒA", "CỘNG HOÀ", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "TM.", "KT.", "ĐỘC LẬP"];

    // The title in capitals under the kind of document, not the state motto or the issuer.
    private static bool IsSubjectLine(string line)
    {
        var letters = line.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.All(char.IsUpper) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= SubjectWords
            && !NotASubject.Any(n => line.StartsWith(n, StringComparison.Ordinal));
    }

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
        Record = Facts.LegalDocumentReader.Own(document);
        _references = ArticleReferences.InForce(texts, Record?.Number is null ? null : Record.Name);
        Subject = texts.Take(SubjectLines).FirstOrDefault(IsSubjectLine) ?? string.Empty;
        HeaderSyllables = texts.Take(HeaderLines).SelectMany(NameMatcher.Syllables).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>What a decision or plan is about, from its title in capitals ("VỀ VIỆC BAN HÀNH QUY CHẾ XÉT TẶNG DANH HIỆU “CÔNG DÂN THỦ ĐÔ ƯU TÚ”"), else empty.</summary>
    public string Subject { get; }

    /// <summary>The document's record when it is an administrative or legal document: its number, signer, dates.</summary>
    public Facts.LegalDocumentFact? Record { get; }

    /// <summary>The folded syllables of the document's first lines: its number, date and issuer.</summary>
    public IReadOnlySet<string> HeaderSyllables { get; }


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

        // The opening words may recur earlier in the document ("Ủy ban Mặt trận Tổ quốc …"): the passage is where its
        // ending follows its opening closely.
        var first = -1;
        var last = -1;
        for (var from = Find(Probe(own[0], fromStart: true), 0, passage.Heading); from >= 0; from = Find(Probe(own[0], fromStart: true), from + 1, passage.Heading))
        {
            var end = Find(Probe(own[^1], fromStart: false), from, passage.Heading);
            if (end >= 0 && end - from <= (2 * own.Count) + 6)
            {
                (first, last) = (from, end);
                break;
            }
        }

        if (first < 0)
        {
            return null;
        }

        // A passage that starts right under a lead-in ("2. Thời gian nộp hồ sơ:") takes it along.
        if (first > 0 && SameSection(first - 1, first) && _lines[first - 1].Text.EndsWith(':'))
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

    private static string Probe(string line, bool fromStart) =>
        line.Length <= ProbeLength ? line : fromStart ? line[..ProbeLength] : line[^ProbeLength..];
}
