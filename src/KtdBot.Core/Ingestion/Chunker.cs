using System.Text;

namespace KtdBot.Ingestion;

/// <summary>
/// Cuts sections into passages of a few sentences. Never crosses a section (each keeps its heading)
/// and cuts at paragraph, then sentence boundaries.
/// </summary>
public sealed class Chunker(int targetLength = 900, int maxLength = 1400)
{
    // Abbreviations that end with a full stop inside a sentence besides all-capital ones (TP., PGS.) and initials.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "Th", "ThS", "Ths", "Tp", "St", "Mr", "Mrs", "Dr" };

    // "Điều 5. Nguyên tắc thi đua": the number of a division is not the end of a sentence.
    private static readonly HashSet<string> Divisions = new(StringComparer.Ordinal) { "Điều", "Khoản", "Chương", "Mục", "Phần", "điều", "khoản", "chương", "mục", "phần" };

    /// <summary>Chunks one document; ids depend only on the document id and position.</summary>
    public IReadOnlyList<KnowledgeChunk> Chunk(ExtractedDocument document)
    {
        var chunks = new List<KnowledgeChunk>();
        foreach (var section in document.Sections)
        {
            foreach (var piece in Split(section.Text))
            {
                var ordinal = chunks.Count;
                chunks.Add(new KnowledgeChunk(
                    DocumentIds.ChunkId(document.Id, ordinal),
                    document.Id,
                    ordinal,
                    document.Title,
                    section.Heading,
                    piece,
                    document.Source,
                    document.Metadata));
            }
        }

        return chunks;
    }

    private List<string> Split(string text)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        var units = Units(text).ToList();
        for (var k = 0; k < units.Count; k++)
        {
            var unit = units[k];
            var overflows = current.Length > 0 && current.Length + unit.Length > targetLength;

            // A short last sentence rides along with the chunk before it rather than standing alone.
            var shortTail = k == units.Count - 1 && unit.Length < targetLength / 4 && current.Length + unit.Length <= maxLength;
            if (overflows && !shortTail)
            {
                pieces.Add(current.ToString().Trim());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(unit.StartsWith('\n') ? string.Empty : " ");
            }

            current.Append(unit);
        }

        if (current.Length > 0)
        {
            pieces.Add(current.ToString().Trim());
        }

        return pieces.Where(p => p.Length > 0).ToList();
    }

    // Paragraphs when they fit; long paragraphs fall apart into sentences, and very long sentences into words.
    private IEnumerable<string> Units(string text)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            var prefix = p > 0 ? "\n\n" : string.Empty;
            if (paragraph.Length <= targetLength)
            {
                yield return prefix + paragraph;
                continue;
            }

            var first = true;
            foreach (var sentence in Sentences(paragraph))
            {
                foreach (var part in HardWrap(sentence))
                {
                    yield return (first ? prefix : string.Empty) + part;
                    first = false;
                }
            }
        }
    }

    private IEnumerable<string> HardWrap(string sentence)
    {
        if (sentence.Length <= maxLength)
        {
            yield return sentence;
            yield break;
        }

        var current = new StringBuilder();
        foreach (var word in sentence.Split(' '))
        {
            if (current.Length + word.Length + 1 > targetLength && current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(word);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>
    /// Sentence split after ".", "!", "?" or "…" (and any closing quote or bracket) followed by a space and a
    /// capital, a quote or a bracket; keeps "TP. Bạc Liêu", "ThS. Lê" and initials ("Nguyễn V. An") whole.
    /// </summary>
    internal static IEnumerable<string> Sentences(string paragraph)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length - 2; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '"' or '”' or '’' or ')' or ']')
            {
                end++;
            }

            if (end + 1 >= paragraph.Length || paragraph[end] != ' ')
            {
                continue;
            }

            var next = paragraph[end + 1];
            if (!char.IsUpper(next) && !char.IsDigit(next) && next is not ('"' or '“' or '(' or '-' or '–'))
            {
                continue;
            }

            if (c == '.' && end == i + 1 && IsAbbreviation(paragraph, i))
            {
                continue;
            }

            var sentence = paragraph[start..end].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = end + 1;
            i = end;
        }

        if (start < paragraph.Length && paragraph[start..].Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length > 0 && word.All(c => char.IsDigit(c) || "IVXLC".Contains(c, StringComparison.Ordinal)))
        {
            var previousEnd = wordStart - 1;
            var previousStart = previousEnd;
            while (previousStart > 0 && !char.IsWhiteSpace(text[previousStart - 1]))
            {
                previousStart--;
            }

            if (previousEnd > 0 && Divisions.Contains(text[previousStart..previousEnd]))
            {
                return true;
            }
        }

        return word.Length is > 0 and <= 3 && char.IsUpper(word[0]) && (word.All(char.IsUpper) || Abbreviations.Contains(word));
    }
}
