using KtdBot.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtdBot.Documents;

/// <summary>Every document format the knowledge folder can hold.</summary>
public static class DocumentExtractors
{
    /// <summary>One extractor of each kind: Markdown, plain text, HTML, PDF, DOCX, XLSX.</summary>
    public static IReadOnlyList<IDocumentExtractor> All() =>
    [
        new MarkdownDocumentExtractor(),
        new TextDocumentExtractor(),
        new HtmlDocumentExtractor(),
        new PdfDocumentExtractor(),
        new DocxDocumentExtractor(),
        new XlsxDocumentExtractor(),
    ];

    /// <summary>
    /// Registers the Markdown, text, HTML, PDF, DOCX and XLSX extractors as <see cref="IDocumentExtractor"/> singletons.
    /// Calling it twice registers nothing twice.
    /// </summary>
    public static IServiceCollection AddDocumentExtractors(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentExtractor, MarkdownDocumentExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentExtractor, TextDocumentExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentExtractor, HtmlDocumentExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentExtractor, PdfDocumentExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentExtractor, DocxDocumentExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentExtractor, XlsxDocumentExtractor>());
        return services;
    }
}
