using KtdBot.Ingestion;
using KtdBot.Search;
using KtdBot.Text;

namespace KtdBot.Qdrant.Tests.Infrastructure;

/// <summary>Small, hand-written chunks with known answers, encoded the way ingest encodes them.</summary>
internal static class TestCorpus
{
    public const int DenseSize = 32;

    public static readonly DocumentSource CaMauSource = new("Báo Cà Mau", "2025-02-28", "Khối thi đua 2 tổng kết năm 2024", "Minh Anh", "knowledge/articles/khoi-2.md");

    public static IReadOnlyList<KnowledgeChunk> Chunks { get; } =
    [
        Chunk("khoi-2-ca-mau", 0, "Khối thi đua 2 tỉnh Cà Mau", "Khối trưởng",
            "Năm 2025, Công an tỉnh Cà Mau làm khối trưởng Khối thi đua 2, nhận bàn giao từ Bộ Chỉ huy Quân sự tỉnh.",
            new() { [MetadataKeys.Kind] = "bloc", [MetadataKeys.Province] = "Cà Mau", [MetadataKeys.Blocs] = "khoi-thi-dua-2-ca-mau", [MetadataKeys.Years] = "2024, 2025" },
            CaMauSource),
        Chunk("khoi-2-ca-mau", 1, "Khối thi đua 2 tỉnh Cà Mau", "Thành viên",
            "Khối thi đua 2 có 7 đơn vị: Công an, Quân sự, Biên phòng, Tòa án nhân dân, Viện Kiểm sát, Thanh tra và Chi cục Thi hành án.",
            new() { [MetadataKeys.Kind] = "bloc", [MetadataKeys.Province] = "Cà Mau", [MetadataKeys.Blocs] = "khoi-thi-dua-2-ca-mau", [MetadataKeys.Years] = "2024" },
            CaMauSource),
        Chunk("khoi-8-binh-thuan", 0, "Khối thi đua 8 tỉnh Bình Thuận", string.Empty,
            "Khối thi đua 8 gồm các hội đặc thù: Hội Chữ thập đỏ, Hội Người mù, Hội Luật gia và Hội Nhà báo tỉnh Bình Thuận.",
            new() { [MetadataKeys.Kind] = "bloc", [MetadataKeys.Province] = "Bình Thuận", [MetadataKeys.Blocs] = "Khoi-Thi-Dua-8-Binh-Thuan", [MetadataKeys.Years] = "2024" },
            new DocumentSource("Báo Bình Thuận", null, "Khối thi đua 8 tổng kết")),
        Chunk("vi-nguoi-ngheo", 0, "Phong trào Vì người nghèo", "Cách tham gia",
            "Muốn tham gia phong trào Vì người nghèo, người dân ủng hộ Quỹ Vì người nghèo qua Ủy ban Mặt trận Tổ quốc cấp xã.",
            new() { [MetadataKeys.Kind] = "campaign", [MetadataKeys.Years] = "2025" },
            new DocumentSource("Mặt trận Tổ quốc", "2025-01-10", "Vì người nghèo")),
        Chunk("mai-am-cong-doan", 0, "Quỹ Mái ấm công đoàn", string.Empty,
            "Quỹ Mái ấm công đoàn tỉnh Cà Mau đã hỗ trợ 120 đoàn viên xây và sửa nhà.",
            new() { [MetadataKeys.Kind] = "article", [MetadataKeys.Province] = "Cà Mau", [MetadataKeys.Years] = "2024" },
            new DocumentSource("Báo Lao động", "2024-12-01", "Mái ấm công đoàn", null, "https://example.org/mai-am")),
        Chunk("luat-tdkt", 0, "Luật Thi đua, khen thưởng 2022", "Điều 5. Nguyên tắc thi đua",
            "Thi đua theo nguyên tắc tự nguyện, tự giác, công khai; đoàn kết, hợp tác và cùng phát triển.",
            new() { [MetadataKeys.Kind] = "regulation" },
            new DocumentSource("Quốc hội", "2022-06-15", "Luật Thi đua, khen thưởng số 06/2022/QH15")),
        Chunk("luat-tdkt", 1, "Luật Thi đua, khen thưởng 2022", "Điều 6. Danh hiệu",
            "Danh hiệu Chiến sĩ thi đua cơ sở xét cho cá nhân đạt tiêu chuẩn Lao động tiên tiến và có sáng kiến.",
            new() { [MetadataKeys.Kind] = "regulation" },
            new DocumentSource("Quốc hội", "2022-06-15", "Luật Thi đua, khen thưởng số 06/2022/QH15")),
        Chunk("bien-dao", 0, "Hải đảo xa xôi", string.Empty,
            "Ngọn hải đăng đứng giữa biển khơi, soi đường cho tàu thuyền đánh cá.",
            new() { [MetadataKeys.Kind] = "document" },
            new DocumentSource("không rõ", null, "Hải đăng")),
    ];

    /// <summary>The corpus encoded with BM25 over itself, and pseudo-embeddings when asked.</summary>
    public static List<EncodedChunk> Encode(IEnumerable<KnowledgeChunk> chunks, bool dense)
    {
        var list = chunks.ToList();
        var bm25 = new Bm25(Bm25.AverageLengthOf(list.Select(c => c.SearchText)));
        // Spelled out: `dense ? array : null` would convert a null array into an empty, non-null ReadOnlyMemory.
        return list.Select(c => new EncodedChunk(c, bm25.EncodeDocument(c.SearchText), dense ? new ReadOnlyMemory<float>(Embed(c.SearchText)) : (ReadOnlyMemory<float>?)null)).ToList();
    }

    public static List<EncodedChunk> Encoded(bool dense = false) => Encode(Chunks, dense);

    public static SearchRequest Query(string text, int top = 5, SearchFilter? filter = null, bool dense = false) =>
        new(Bm25.EncodeQuery(text), dense ? new ReadOnlyMemory<float>(Embed(text)) : (ReadOnlyMemory<float>?)null, top, filter);

    /// <summary>
    /// A deterministic stand-in for an embedding model: folded syllables hashed into <see cref="DenseSize"/>
    /// signed buckets. Texts sharing words point the same way, which is all the tests need.
    /// </summary>
    public static float[] Embed(string text, int size = DenseSize)
    {
        var vector = new float[size];
        foreach (var word in VietnameseText.Fold(text).Split([' ', ',', '.', ':', ';', '(', ')', '-', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 17;
            foreach (var c in word)
            {
                hash = unchecked((hash * 31) + c);
            }

            // Bucket, sign and a weight in [0.5, 1.5) all from the hash, so cosines rarely tie exactly.
            var bucket = (int)((uint)hash % (uint)size);
            var weight = 0.5f + (((uint)hash >> 12) % 1000 / 1000f);
            vector[bucket] += (hash & 0x100) == 0 ? weight : -weight;
        }

        return vector;
    }

    public static KnowledgeChunk Chunk(string documentId, int ordinal, string title, string heading, string text, Dictionary<string, string> metadata, DocumentSource source) =>
        new(DocumentIds.ChunkId(documentId, ordinal), documentId, ordinal, title, heading, text, source, metadata);

    /// <summary>Field-by-field equality (records compare metadata dictionaries by reference).</summary>
    public static void AssertSameChunk(KnowledgeChunk expected, KnowledgeChunk actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.DocumentId, actual.DocumentId);
        Assert.Equal(expected.Ordinal, actual.Ordinal);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Heading, actual.Heading);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal), actual.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
