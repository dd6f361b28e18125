using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using KtdBot.Documents;
using KtdBot.Ingestion;

namespace KtdBot.Core.Tests.Ingestion;

/// <summary>
/// The five real news pages the product was specified from (shared/seeds beside the repository; never copied into
/// it). Skipped, with the reason shown, where that folder is not present.
/// </summary>
public sealed class SeedPagesTests
{
    private static readonly string[] Furniture =
    [
        "°C", "lượt xem", "Theo dõi", "POWERED BY", "Có thể bạn quan tâm", "Bài liên quan", "Bình luận", ".jpg", "BTO-",
        "Nổi bật", "Đừng bỏ lỡ",
    ];

    [TheoryWhenSeedsExist]
    [InlineData("000_ee191a735cbec018.txt", null, false, TextDocumentExtractor.UnknownPublication, 12)]
    [InlineData("001_844534d169605ebd.txt", "2025-11-10", true, "Báo Cà Mau", 14)]
    [InlineData("002_a2a7c2893f8e2eaf.txt", "2025-11-14", true, "Báo Cà Mau", 9)]
    [InlineData("003_a8b550806935f55b.txt", "2023-11-29", true, TextDocumentExtractor.UnknownPublication, 7)]
    [InlineData("004_63d8c830bb440122.txt", "2025-01-09", true, TextDocumentExtractor.UnknownPublication, 7)]
    public async Task PlainTextCopyComesOutAsTheArticleAlone(string file, string? date, bool hasByline, string publication, int paragraphs)
    {
        var document = await new TextDocumentExtractor().ExtractAsync(File.OpenRead(SeedPath(file)), file, CancellationToken.None);

        Assert.Equal(date, document.Source.Date);
        Assert.Equal(hasByline, document.Source.Author is not null);
        Assert.Equal(publication, document.Source.Publication);
        Assert.Equal(paragraphs, document.Sections.Sum(s => s.Text.Split("\n\n").Length));
        var text = string.Join("\n", document.Sections.Select(s => s.Heading + "\n" + s.Text));
        Assert.All(Furniture, f => Assert.DoesNotContain(f, text, StringComparison.Ordinal));
    }

    [TheoryWhenSeedsExist]
    [InlineData("000_ee191a735cbec018.txt")]
    [InlineData("001_844534d169605ebd.txt")]
    [InlineData("002_a2a7c2893f8e2eaf.txt")]
    [InlineData("003_a8b550806935f55b.txt")]
    [InlineData("004_63d8c830bb440122.txt")]
    public async Task SamePageAsHtmlGivesTheSameArticle(string file)
    {
        var raw = await File.ReadAllTextAsync(SeedPath(file));
        var fromText = await new TextDocumentExtractor().ExtractAsync(new MemoryStream(Encoding.UTF8.GetBytes(raw)), file, CancellationToken.None);

        // The page's lines as the blocks of a CMS page, with a menu and a footer around them.
        var html = new StringBuilder($"<html><head><title>{WebUtility.HtmlEncode(fromText.Title)} - Báo Tỉnh</title></head><body>");
        html.Append("<header><nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/thoi-su'>Thời sự</a></li></ul></nav></header><div id='main'>");
        foreach (var line in raw.Split('\n'))
        {
            var tag = line.Trim() == fromText.Title ? "h1" : "div";
            html.Append($"<{tag}>{WebUtility.HtmlEncode(line)}</{tag}>\n");
        }

        html.Append("</div><footer>© Báo Tỉnh</footer></body></html>");
        var fromHtml = await new HtmlDocumentExtractor().ExtractAsync(new MemoryStream(Encoding.UTF8.GetBytes(html.ToString())), file + ".html", CancellationToken.None);

        Assert.Equal(fromText.Title, fromHtml.Title);
        Assert.Equal(fromText.Sections, fromHtml.Sections);
        Assert.Equal(fromText.Source with { Location = null }, fromHtml.Source with { Location = null });
    }

    private static string SeedPath(string file) => Path.Combine(TheoryWhenSeedsExistAttribute.SeedsFolder()!, file);
}

/// <summary>A theory that is skipped, with the reason shown, when shared/seeds is not beside the repository.</summary>
internal sealed class TheoryWhenSeedsExistAttribute : TheoryAttribute
{
    public TheoryWhenSeedsExistAttribute()
    {
        if (SeedsFolder() is null)
        {
            Skip = "shared/seeds (the source news pages) is not beside the repository";
        }
    }

    /// <summary>The first shared/seeds folder found walking up from this source file, or null.</summary>
    public static string? SeedsFolder([CallerFilePath] string sourceFile = "")
    {
        for (var directory = Path.GetDirectoryName(sourceFile); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory, "shared", "seeds");
            if (File.Exists(Path.Combine(candidate, "000_ee191a735cbec018.txt")))
            {
                return candidate;
            }
        }

        return null;
    }
}
