using KtdBot.Ingestion;
using KtdBot.Knowledge;
using KtdBot.Qdrant.Tests.Infrastructure;
using KtdBot.Search;
using Microsoft.Extensions.AI;

namespace KtdBot.Qdrant.Tests;

/// <summary>
/// The shipped knowledge base, ingested through the real pipeline into the embedded store and into Qdrant:
/// the same questions must come back in the same order with the same scores, sparse-only and hybrid, with
/// either fusion mode. Runs on the fake server, and on a live one when QDRANT_URL is set.
/// </summary>
public abstract class QdrantParityContract(ITestOutputHelper output)
{
    private static readonly string[] Questions =
    [
        "Khối thi đua 2 Cà Mau gồm những đơn vị nào?",
        "khoi thi dua 2 ca mau gom nhung don vi nao",
        "Năm 2025 ai làm khối trưởng?",
        "khoi thi dua 8 gom nhung hoi nao",
        "Quỹ Mái ấm công đoàn đã hỗ trợ bao nhiêu người?",
        "Tôi muốn tham gia phong trào Vì người nghèo thì làm gì?",
        "nguyen tac thi dua khen thuong",
        "Danh hiệu Chiến sĩ thi đua cơ sở cần tiêu chuẩn gì?",
        "tiền thưởng huân chương lao động",
        "Luật Thi đua, khen thưởng có hiệu lực từ ngày nào?",
        "dân vận khéo",
        "xóa nhà tạm nhà dột nát",
        "gia dinh van hoa",
        "Cụm thi đua 1 Bộ Chỉ huy Quân sự",
        "thẩm quyền khen thưởng cấp xã",
    ];

    private static readonly SearchFilter?[] Filters = [null, new SearchFilter(Province: "ca mau"), new SearchFilter(Kind: "regulation"), new SearchFilter(Year: 2024)];

    protected abstract IKnowledgeStore CreateStore(QdrantFusion fusion);

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    [StoreFact]
    public async Task RanksLikeTheEmbeddedStore()
    {
        try
        {
            var knowledge = await new KnowledgeLoader([new MarkdownDocumentExtractor()]).LoadAsync(Path.Combine(AppContext.BaseDirectory, "knowledge"), CancellationToken.None);
            var documents = knowledge.Documents.Count > 0 ? knowledge.Documents : throw new InvalidOperationException("knowledge/ was not copied beside the tests");
            var encoded = await new IngestionPipeline(new Chunker(), new HashEmbeddings()).EncodeAsync(documents, CancellationToken.None);
            var embedded = new EmbeddedKnowledgeStore();
            await embedded.ReplaceAllAsync(encoded, CancellationToken.None);
            output.WriteLine($"{documents.Count} documents, {encoded.Count} chunks, {Questions.Length} questions × {Filters.Length} filters");

            var compared = 0;
            foreach (var fusion in new[] { QdrantFusion.Server, QdrantFusion.Client })
            {
                var qdrant = CreateStore(fusion);
                await qdrant.ReplaceAllAsync(encoded, CancellationToken.None);
                foreach (var question in Questions)
                {
                    foreach (var filter in Filters)
                    {
                        foreach (var hybrid in new[] { false, true })
                        {
                            var request = new SearchRequest(Bm25.EncodeQuery(question), hybrid ? new ReadOnlyMemory<float>(TestCorpus.Embed(question)) : (ReadOnlyMemory<float>?)null, 8, filter);
                            var expected = embedded.Search(request);
                            var actual = await qdrant.SearchAsync(request, CancellationToken.None);
                            AssertRanksAlike(expected, actual, $"{fusion} {(hybrid ? "hybrid" : "sparse")} '{question}' {filter}");
                            compared += expected.Count;
                        }
                    }
                }
            }

            output.WriteLine($"{compared} ranked hits compared, all alike");
            Assert.True(compared > 500, $"only {compared} hits compared: the parity test would prove little");
        }
        finally
        {
            await CleanUpAsync();
        }
    }

    /// <summary>Same scores position by position; within a run of equal scores any order (engines break ties differently).</summary>
    private static void AssertRanksAlike(IReadOnlyList<SearchHit> expected, IReadOnlyList<SearchHit> actual, string label)
    {
        Assert.True(expected.Count == actual.Count, $"{label}: {expected.Count} hits expected, {actual.Count} returned");
        var start = 0;
        for (var i = 0; i <= expected.Count; i++)
        {
            if (i < expected.Count)
            {
                var tolerance = 1e-4 * Math.Max(1, Math.Abs(expected[i].Score));
                Assert.True(Math.Abs(expected[i].Score - actual[i].Score) <= tolerance, $"{label}: score #{i} {expected[i].Score} vs {actual[i].Score}");
            }

            var runEnds = i == expected.Count || Math.Abs(expected[i].Score - expected[start].Score) > 1e-6 * Math.Max(1, Math.Abs(expected[start].Score));
            if (!runEnds)
            {
                continue;
            }

            var want = expected.Skip(start).Take(i - start).Select(h => h.Chunk.Id).ToHashSet();
            var got = actual.Skip(start).Take(i - start).Select(h => h.Chunk.Id).ToHashSet();
            var lastRunCutByTop = i == expected.Count && expected.Count > 0 && start > 0;
            Assert.True(want.SetEquals(got) || lastRunCutByTop, $"{label}: hits {start}..{i - 1} differ");
            start = i;
        }
    }

    /// <summary>The test corpus's deterministic pseudo-embedding, as an embedding generator for the real pipeline.</summary>
    private sealed class HashEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(TestCorpus.Embed(v)))));

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}

public sealed class FakeQdrantParityTests(ITestOutputHelper output) : QdrantParityContract(output)
{
    protected override IKnowledgeStore CreateStore(QdrantFusion fusion) =>
        QdrantStores.Store(new FakeQdrantHandler(new FakeQdrant()), QdrantStores.Options(fusion: fusion));
}

[RequiresLiveQdrant]
public sealed class LiveQdrantParityTests(ITestOutputHelper output) : QdrantParityContract(output)
{
    private readonly List<(string Collection, Func<Http.QdrantClient> Clients)> _created = [];

    protected override IKnowledgeStore CreateStore(QdrantFusion fusion)
    {
        var collection = $"ktdbot_parity_{Guid.NewGuid():N}"[..26];
        var store = QdrantStores.Live(collection, out var clients, fusion);
        _created.Add((collection, clients));
        return store;
    }

    protected override async Task CleanUpAsync()
    {
        foreach (var (collection, clients) in _created)
        {
            await QdrantStores.CleanUpLiveAsync(clients, collection);
        }
    }
}
