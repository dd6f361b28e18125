using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using KtdBot.Ingestion;

namespace KtdBot.Documents;

/// <summary>What DOCX and XLSX share: the package read from a seekable copy, and a broken one reported by file name.</summary>
internal static class OpenXmlReading
{
    public static async Task<ExtractedDocument> ReadAsync(Stream content, string fileName, string format, Func<Stream, ExtractedDocument> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        try
        {
            return read(buffer);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            throw new DocumentFormatException($"{fileName}: not a readable {format} file ({ex.Message})", ex);
        }
    }
}
