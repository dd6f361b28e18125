namespace KtdBot.Search;

/// <summary>Reciprocal rank fusion, score = Σ 1 / (k + rank) with k = 60 (Cormack et al.); the Qdrant store asks the server for the same k.</summary>
public static class ReciprocalRankFusion
{
    /// <summary>Fuses ranked lists of ids into one ranking.</summary>
    public static List<(T Item, double Score)> Fuse<T>(IEnumerable<IReadOnlyList<T>> rankings, int top, int k = 60)
        where T : notnull
    {
        var scores = new Dictionary<T, double>();
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                scores.TryGetValue(ranking[rank], out var score);
                scores[ranking[rank]] = score + (1.0 / (k + rank + 1));
            }
        }

        return scores.OrderByDescending(p => p.Value).Take(top).Select(p => (p.Key, p.Value)).ToList();
    }
}
