using KtdBot.Documents;
using KtdBot.Ingestion;
using KtdBot.Knowledge;

namespace KtdBot.Core.Tests.Facts;

public sealed class ParsedFileCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ktdbot-cache-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task ARestartReadsOnlyTheFilesThatChanged()
    {
        var knowledge = Path.Combine(_root, "knowledge");
        Directory.CreateDirectory(knowledge);
        File.WriteAllText(Path.Combine(knowledge, "a.txt"), "Khối thi đua 4 tỉnh Sơn La gồm: Sở Y tế, Sở Tư pháp và Thanh tra tỉnh.");
        File.WriteAllText(Path.Combine(knowledge, "b.txt"), "Khối thi đua 5 tỉnh Sơn La gồm: Sở Nội vụ, Sở Tài chính và Sở Xây dựng.");
        var loader = new KnowledgeLoader(DocumentExtractors.All(), folder => FileParsedFileCache.For(Path.Combine(_root, "data"), folder, "test-build"));

        var first = await loader.LoadAsync(knowledge, CancellationToken.None);
        File.WriteAllText(Path.Combine(knowledge, "b.txt"), "Khối thi đua 5 tỉnh Sơn La gồm: Sở Nội vụ, Sở Tài chính và Sở Công Thương.");
        var second = await loader.LoadAsync(knowledge, CancellationToken.None);

        Assert.Equal(0, first.FilesFromCache);
        Assert.Equal(1, second.FilesFromCache);
        Assert.Equal(first.Blocs.Single(b => b.Number == 4).Members, second.Blocs.Single(b => b.Number == 4).Members); // from the cache, the same facts
        Assert.Contains(second.Blocs.Single(b => b.Number == 5).Members, m => m.Name == "Sở Công Thương"); // the changed file, read again
    }

    [Fact]
    public async Task ACacheOfAnotherBuildIsNotTrusted()
    {
        var knowledge = Path.Combine(_root, "knowledge");
        Directory.CreateDirectory(knowledge);
        File.WriteAllText(Path.Combine(knowledge, "a.txt"), "Khối thi đua 4 tỉnh Sơn La gồm: Sở Y tế, Sở Tư pháp và Thanh tra tỉnh.");
        var data = Path.Combine(_root, "data");

        await new KnowledgeLoader(DocumentExtractors.All(), folder => FileParsedFileCache.For(data, folder, "build-1")).LoadAsync(knowledge, CancellationToken.None);
        var later = await new KnowledgeLoader(DocumentExtractors.All(), folder => FileParsedFileCache.For(data, folder, "build-2")).LoadAsync(knowledge, CancellationToken.None);

        Assert.Equal(0, later.FilesFromCache);
    }
}
