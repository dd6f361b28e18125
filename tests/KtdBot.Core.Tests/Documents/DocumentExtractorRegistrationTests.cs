using KtdBot.Documents;
using KtdBot.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Core.Tests.Documents;

public sealed class DocumentExtractorRegistrationTests
{
    private static readonly string[] Formats = [".docx", ".htm", ".html", ".markdown", ".md", ".pdf", ".text", ".txt", ".xlsx"];

    [Fact]
    public void AddDocumentExtractorsRegistersEveryFormat()
    {
        using var provider = new ServiceCollection().AddDocumentExtractors().BuildServiceProvider();

        var extensions = provider.GetServices<IDocumentExtractor>().SelectMany(e => e.Extensions).Order(StringComparer.Ordinal);

        Assert.Equal(Formats, extensions);
    }

    [Fact]
    public void RegisteringTwiceDoesNotDuplicateExtractors()
    {
        using var provider = new ServiceCollection().AddDocumentExtractors().AddDocumentExtractors().BuildServiceProvider();

        Assert.Equal(6, provider.GetServices<IDocumentExtractor>().Count());
    }

    [Fact]
    public void AllListsOneExtractorPerFormat()
    {
        Assert.Equal(Formats, DocumentExtractors.All().SelectMany(e => e.Extensions).Order(StringComparer.Ordinal));
    }
}
