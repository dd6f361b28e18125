using KtdBot.Answering.Plugins;
using KtdBot.Knowledge;

namespace KtdBot.Answering;

/// <summary>Numbers sources as an answer cites them; one number per source document.</summary>
internal sealed class CitationList(KnowledgeBase knowledge)
{
    private readonly List<Citation> _items = [];

    public IReadOnlyList<Citation> Items => _items.ToList();

    public int Count => _items.Count;

    /// <summary>The number of a source, adding it with the sentence that best supports <paramref name="statement"/>.</summary>
    public int Cite(SourceRef source, string statement)
    {
        var existing = IndexOf(source);
        if (existing >= 0)
        {
            return existing + 1;
        }

        _items.Add(new Citation(source.Title, source.Source, Citations.Snippet(knowledge, source.DocumentId, statement)));
        return _items.Count;
    }

    /// <summary>The number of a passage's source, with the passage text itself as the snippet.</summary>
    public int CitePassage(SourceRef source, string snippet)
    {
        var existing = IndexOf(source);
        if (existing >= 0)
        {
            return existing + 1;
        }

        _items.Add(new Citation(source.Title, source.Source, Citations.Shorten(snippet, 320)));
        return _items.Count;
    }

    // Records rendered from an article cite the article itself: one number per publication and title.
    private int IndexOf(SourceRef source) =>
        _items.FindIndex(c => c.Title == source.Title && c.Source == source.Source);
}
