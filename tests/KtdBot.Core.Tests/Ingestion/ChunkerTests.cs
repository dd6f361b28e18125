using KtdBot.Ingestion;

namespace KtdBot.Core.Tests.Ingestion;

public sealed class ChunkerTests
{
    private static readonly string[] SentenceStarts =
    [
        "Công an TP. Bạc Liêu đã hỗ trợ", "Theo ThS. Lê Minh, khối đã giúp", "Phong trào “Dân vận khéo” lan tỏa tới",
        "Khối thi đua số 8 đề nghị khen thưởng", "Hội Nông dân xã đã vận động", "Các đơn vị trong khối đã hỗ trợ",
    ];

    [Fact]
    public void KeepsTheSectionHeadingOnEveryChunk()
    {
        var document = Document("khoi-6", new DocumentSection("Kết quả nổi bật", LongParagraph(30)));

        var chunks = new Chunker(targetLength: 400, maxLength: 700).Chunk(document);

        Assert.True(chunks.Count > 3);
        Assert.All(chunks, c => Assert.Equal("Kết quả nổi bật", c.Heading));
        Assert.All(chunks, c => Assert.Contains("Kết quả nổi bật", c.SearchText, StringComparison.Ordinal));
    }

    [Fact]
    public void NeverCutsASentenceWhenSentencesFit()
    {
        var sentences = Sentences(30);
        var document = Document("khoi-6", new DocumentSection(string.Empty, string.Join(' ', sentences)));

        var chunks = new Chunker(targetLength: 400, maxLength: 700).Chunk(document);

        Assert.True(chunks.Count > 3);
        foreach (var sentence in sentences)
        {
            Assert.Single(chunks, c => c.Text.Contains(sentence, StringComparison.Ordinal));
        }

        Assert.All(chunks, c => Assert.EndsWith(".", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void NeverMixesTwoSections()
    {
        var document = Document(
            "khoi-6",
            new DocumentSection("Kết quả", "Toàn khối có 3 tập thể được đề nghị tặng Cờ thi đua."),
            new DocumentSection("Phương hướng", "Năm 2025, Sở Tài chính làm Khối trưởng."));

        var chunks = new Chunker().Chunk(document);

        Assert.Equal(["Kết quả", "Phương hướng"], chunks.Select(c => c.Heading));
        Assert.DoesNotContain("Khối trưởng", chunks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortLastSentenceStaysWithTheChunkBeforeIt()
    {
        var text = LongParagraph(6) + " Hội nghị kết thúc.";
        var document = Document("khoi-6", new DocumentSection(string.Empty, text));

        var chunks = new Chunker(targetLength: 300, maxLength: 600).Chunk(document);

        Assert.EndsWith("Hội nghị kết thúc.", chunks[^1].Text, StringComparison.Ordinal);
        Assert.NotEqual("Hội nghị kết thúc.", chunks[^1].Text);
    }

    [Fact]
    public void SameInputGivesTheSameIds()
    {
        var first = new Chunker(300, 600).Chunk(Document("khoi-6", new DocumentSection("A", LongParagraph(12))));
        var second = new Chunker(300, 600).Chunk(Document("khoi-6", new DocumentSection("A", LongParagraph(12))));

        Assert.Equal(first.Select(c => c.Id), second.Select(c => c.Id));
        Assert.Equal(first.Count, first.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void DifferentDocumentsGetDifferentIds()
    {
        var first = new Chunker().Chunk(Document("khoi-6", new DocumentSection("A", "Một câu.")));
        var second = new Chunker().Chunk(Document("khoi-7", new DocumentSection("A", "Một câu.")));

        Assert.NotEqual(first[0].Id, second[0].Id);
    }

    [Fact]
    public void SplitsSentencesAfterClosingQuotesButNotAfterAbbreviationsOrArticleNumbers()
    {
        const string paragraph = "Khối phát động phong trào “Vì người nghèo.” Công an TP. Bạc Liêu hưởng ứng. Điều 5. Nguyên tắc thi đua được nhắc lại. Ông Nguyễn V. An phát biểu.";

        var sentences = Chunker.Sentences(paragraph).ToList();

        Assert.Equal(
            ["Khối phát động phong trào “Vì người nghèo.”", "Công an TP. Bạc Liêu hưởng ứng.", "Điều 5. Nguyên tắc thi đua được nhắc lại.", "Ông Nguyễn V. An phát biểu."],
            sentences);
    }

    private static string LongParagraph(int sentences) => string.Join(' ', Sentences(sentences));

    private static List<string> Sentences(int count) =>
        Enumerable.Range(1, count)
            .Select(i => $"{SentenceStarts[i % SentenceStarts.Length]} {i * 7} hộ gia đình khó khăn trong năm {2000 + i}, góp phần giữ vững an sinh xã hội tại địa phương.")
            .ToList();

    private static ExtractedDocument Document(string id, params DocumentSection[] sections) =>
        new(id, "Khối thi đua số 6", sections, new DocumentSource("Báo Kiên Thành", "2025-01-15", "Khối thi đua số 6"), new Dictionary<string, string>());
}
