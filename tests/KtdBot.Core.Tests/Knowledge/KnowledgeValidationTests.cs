using KtdBot.Ingestion;
using KtdBot.Knowledge;

namespace KtdBot.Core.Tests.Knowledge;

public sealed class KnowledgeValidationTests : IDisposable
{
    private const string Article = """
        ---
        id: bai-mau
        title: Bài mẫu
        kind: article
        province: Bình Thuận
        source:
          publication: Báo Mẫu
          date: 2025-01-09
          title: Khối thi đua 9 tổng kết năm 2024
        ---
        # Khối thi đua 9 tổng kết năm 2024

        Hội Nông dân tỉnh được bầu làm khối trưởng năm 2025.
        """;

    private const string GoodBloc = """
        id: khoi-9
        kind: khoi
        name: Khối thi đua 9
        number: 9
        province: Bình Thuận
        members:
          - name: Hội Nông dân
          - name: Hội Cựu chiến binh
        leaders:
          - year: 2025
            unit: Hội Nông dân tỉnh
            source: bai-mau
        sources: [bai-mau]
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("ktdbot-knowledge-").FullName;

    [Fact]
    public async Task ShippedKnowledgeLoadsWithoutErrors()
    {
        var knowledge = await LoadAsync(Path.Combine(AppContext.BaseDirectory, "knowledge"));

        Assert.Empty(knowledge.Errors);
        Assert.Contains(knowledge.Blocs, b => b.Name == "Khối thi đua 8" && b.Members.Count == 12);
        Assert.True(knowledge.Campaigns.Count >= 5);
        Assert.True(knowledge.Awards.Count >= 10);
    }

    [Fact]
    public async Task MalformedYamlIsReportedWithFileAndLineAndTheRestStillLoads()
    {
        Write("articles/bai-mau.md", Article);
        Write("blocs/khoi-9.yaml", GoodBloc);
        Write("blocs/hong.yaml", "id: hong\nname: [khong dong\nmembers:\n  - name: A\n");

        var knowledge = await LoadAsync(_folder);

        var error = Assert.Single(knowledge.Errors);
        Assert.Equal(Path.Combine("blocs", "hong.yaml"), error.File);
        Assert.True(error.Line > 0);
        Assert.Single(knowledge.Blocs);
    }

    [Fact]
    public async Task UnknownSourceAndBadYearAreNamed()
    {
        Write("articles/bai-mau.md", Article);
        Write("blocs/khoi-9.yaml", GoodBloc.Replace("source: bai-mau", "source: bai-khong-co", StringComparison.Ordinal).Replace("year: 2025", "year: hai nghin", StringComparison.Ordinal));

        var knowledge = await LoadAsync(_folder);

        Assert.Contains(knowledge.Errors, e => e.Message.Contains("bai-khong-co", StringComparison.Ordinal) && e.Line > 0);
        Assert.Contains(knowledge.Errors, e => e.Message.Contains("year", StringComparison.Ordinal));
        Assert.Empty(knowledge.Blocs);
    }

    [Fact]
    public async Task ASourceListKeepsItsKnownDocumentsAndReportsTheMissingOne()
    {
        Write("articles/bai-mau.md", Article);
        Write("blocs/khoi-9.yaml", GoodBloc.Replace("sources: [bai-mau]", "sources: [bai-mau, bai-da-xoa]", StringComparison.Ordinal));

        var knowledge = await LoadAsync(_folder);

        var error = Assert.Single(knowledge.Errors);
        Assert.Contains("bai-da-xoa", error.Message, StringComparison.Ordinal);
        Assert.Equal(["bai-mau"], Assert.Single(knowledge.Blocs).Sources);
    }

    [Fact]
    public async Task MissingRequiredFieldIsNamed()
    {
        Write("articles/bai-mau.md", Article);
        Write("blocs/khoi-9.yaml", GoodBloc.Replace("name: Khối thi đua 9\n", string.Empty, StringComparison.Ordinal));

        var knowledge = await LoadAsync(_folder);

        Assert.Contains(knowledge.Errors, e => e.File.EndsWith("khoi-9.yaml", StringComparison.Ordinal) && e.Message.Contains("'name'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoLeadersForOneYearAreRejected()
    {
        Write("articles/bai-mau.md", Article);
        Write("blocs/khoi-9.yaml", GoodBloc.Replace("sources: [bai-mau]", "  - year: 2025\n    unit: Hội Cựu chiến binh tỉnh\n    source: bai-mau\nsources: [bai-mau]", StringComparison.Ordinal));

        var knowledge = await LoadAsync(_folder);

        Assert.Contains(knowledge.Errors, e => e.Message.Contains("2025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnsupportedAndBrokenFilesAreSkippedByName()
    {
        Write("articles/bai-mau.md", Article);
        Write("notes/anh.bmp", "not an image");
        Write("notes/hong.txt", "\0\0\0binary");

        var knowledge = await LoadAsync(_folder);

        Assert.Contains(knowledge.Errors, e => e.File.EndsWith("anh.bmp", StringComparison.Ordinal));
        Assert.Contains(knowledge.Errors, e => e.File.EndsWith("hong.txt", StringComparison.Ordinal));
        Assert.Contains(knowledge.Documents, d => d.Id == "bai-mau");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<KnowledgeBase> LoadAsync(string folder) =>
        new KnowledgeLoader([new MarkdownDocumentExtractor(), new TextDocumentExtractor()]).LoadAsync(folder, CancellationToken.None);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
