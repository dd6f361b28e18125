namespace KtdBot.Channels.Core;

/// <summary>Splits plain text into messages under a channel's length limit: at paragraph, line, sentence or word boundaries.</summary>
public static class TextSplitter
{
    /// <summary>The parts, each at most <paramref name="limit"/> characters; a single word longer than the limit is the only thing cut inside.</summary>
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        var parts = new List<string>();
        var rest = text.Trim().AsSpan();
        while (rest.Length > limit)
        {
            var window = rest[..limit];
            var cut = Best(window, "\n\n", limit);
            if (cut < 0) { cut = Best(window, "\n", limit); }
            if (cut < 0) { cut = Best(window, ". ", limit); if (cut >= 0) { cut++; } }
            if (cut < 0) { cut = window.LastIndexOf(' '); }
            if (cut <= 0)
            {
                cut = char.IsHighSurrogate(window[^1]) ? limit - 1 : limit;
            }

            parts.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }

    // A separator counts only in the second half of the window, so parts are not needlessly short.
    private static int Best(ReadOnlySpan<char> window, string separator, int limit)
    {
        var at = window.LastIndexOf(separator, StringComparison.Ordinal);
        return at >= limit / 2 ? at : -1;
    }
}
