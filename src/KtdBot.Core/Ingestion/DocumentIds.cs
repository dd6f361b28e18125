using System.Security.Cryptography;
using System.Text;
using KtdBot.Text;

namespace KtdBot.Ingestion;

/// <summary>Deterministic ids, so re-ingesting a file updates its chunks instead of duplicating them.</summary>
public static class DocumentIds
{
    /// <summary>A kebab-case ascii id from a file name: "Khối 8 (2024).html" → "khoi-8-2024".</summary>
    public static string FromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var folded = VietnameseText.Fold(stem);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var id = builder.ToString().Trim('-');
        return id.Length > 0 ? id : "document";
    }

    /// <summary>A UUID (as Qdrant point ids require) derived from the document id and chunk ordinal.</summary>
    public static Guid ChunkId(string documentId, int ordinal)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{documentId}#{ordinal}"));
        var guidBytes = bytes.AsSpan(0, 16).ToArray();
        guidBytes[7] = (byte)((guidBytes[7] & 0x0F) | 0x50); // version 5 style
        guidBytes[8] = (byte)((guidBytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(guidBytes);
    }
}
