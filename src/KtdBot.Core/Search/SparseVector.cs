namespace KtdBot.Search;

/// <summary>A sparse vector in Qdrant's shape: parallel, index-sorted arrays.</summary>
public sealed record SparseVector(uint[] Indices, float[] Values)
{
    /// <summary>The empty vector.</summary>
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>Builds a sorted vector from feature weights.</summary>
    public static SparseVector From(IReadOnlyDictionary<uint, float> weights)
    {
        var indices = weights.Keys.ToArray();
        Array.Sort(indices);
        var values = new float[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            values[i] = weights[indices[i]];
        }

        return new SparseVector(indices, values);
    }
}
