using KtdBot.Answering.Plugins;
using KtdBot.Knowledge;

namespace KtdBot.Answering;

/// <summary>Numbers sources as an answer cites them; one number per document.</summary>
internal sealed class CitationList(KnowledgeBase knowledge)
{
    private readonly List<(string DocumentId, Citation Citation)> _items = [];

    public IReadOnlyList<Citation> Items => _items.Select(i => i.Citation).ToList();

    public int Count => _items.Count;

    /// <summary>The number of a source, adding it with the sentence that best supports <paramref name="statement"/>.</summary>
    public int Cite(SourceRef source, string statement)
    {
        var existing = _items.FindIndex(i => i.DocumentId == source.DocumentId);
        if (existing >= 0)
        {
            return existing + 1;
        }

        _items.Add((source.DocumentId, new Citation(source.Title, source.Source, Citations.Snippet(knowledge, source.DocumentId, statement))));
        return _items.Count;
    }

    /// <summary>The number of a passage's source, with the passage text itself as the snippet.</summary>
    public int CitePassage(SourceRef source, string snippet)
    {
        var existing = _items.FindIndex(i => i.DocumentId == source.DocumentId);
        if (existing >= 0)
        {
            return existing + 1;
        }

        _items.Add((source.DocumentId, new Citation(source.Title, source.Source, Citations.Shorten(snippet, 320))));
        return _items.Count;
    }
}
