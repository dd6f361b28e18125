using System.Text;

namespace KtdBot.Ingestion;

/// <summary>
/// Cuts sections into passages of a few sentences. Never crosses a section (each keeps its heading)
/// and cuts at paragraph, then sentence boundaries.
/// </summary>
public sealed class Chunker(int targetLength = 900, int maxLength = 1400)
{
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
        foreach (var unit in Units(text))
        {
            if (current.Length > 0 && current.Length + unit.Length > targetLength)
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

    /// <summary>Sentence split at ". ", "! ", "? ", "; " followed by a capital or a quote; keeps "TP. Bạc Liêu" whole.</summary>
    internal static IEnumerable<string> Sentences(string paragraph)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length - 2; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?' or '…') || paragraph[i + 1] != ' ')
            {
                continue;
            }

            var next = paragraph[i + 2];
            if (!char.IsUpper(next) && next is not ('"' or '“' or '('))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(paragraph, i))
            {
                continue;
            }

            yield return paragraph[start..(i + 1)].Trim();
            start = i + 2;
        }

        if (start < paragraph.Length)
        {
            yield return paragraph[start..].Trim();
        }
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word.Length is > 0 and <= 3 && word.All(char.IsUpper); // TP., Th., ThS., PGS.
    }
}
