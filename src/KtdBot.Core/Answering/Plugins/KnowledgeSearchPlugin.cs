using System.ComponentModel;
using KtdBot.Search;
using Microsoft.SemanticKernel;

namespace KtdBot.Answering.Plugins;

/// <summary>Passage search over the articles and regulations.</summary>
public sealed class KnowledgeSearchPlugin(KnowledgeIndex index)
{
    /// <summary>Plugin name in the kernel.</summary>
    public const string Name = "knowledge";

    /// <summary>Best passages for a question within one document.</summary>
    internal async Task<IReadOnlyList<Passage>> SearchDocumentAsync(string query, string documentId, int top, CancellationToken cancellationToken)
    {
        var hits = await index.SearchAsync(query, top, new SearchFilter(Document: documentId), cancellationToken).ConfigureAwait(false);
        return hits.Select(ToPassage).ToList();
    }

    private static Passage ToPassage(SearchHit h) =>
        new(h.Chunk.Text, h.Chunk.Heading, h.Score, new SourceRef(h.Chunk.DocumentId, h.Chunk.Source.Title, Citations.Line(h.Chunk.Source)));

    /// <summary>Best passages for a question.</summary>
    [KernelFunction("search")]
    [Description("Tìm đoạn văn liên quan trong các bài báo và văn bản quy định về thi đua, khen thưởng (tiếng Việt có hoặc không dấu). Dùng cho số liệu, con người, địa điểm, ngày tháng. Mỗi đoạn kèm nguồn.")]
    public async Task<IReadOnlyList<Passage>> SearchAsync(
        [Description("Câu hỏi hoặc từ khóa")] string query,
        [Description("Số đoạn tối đa (1-10)")] int top = 5,
        [Description("Lọc theo tỉnh, có thể bỏ trống")] string? province = null,
        [Description("Lọc theo năm, có thể bỏ trống")] int? year = null,
        CancellationToken cancellationToken = default)
    {
        var filter = province is null && year is null ? null : new SearchFilter(Province: province, Year: year);
        var hits = await index.SearchAsync(query, Math.Clamp(top, 1, 10), filter, cancellationToken).ConfigureAwait(false);
        return hits.Select(ToPassage).ToList();
    }
}
