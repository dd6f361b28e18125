using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Answering;
using KtdBot.Channels.Core;

namespace KtdBot.Channels.Telegram;

/// <summary>
/// Answers as Telegram HTML (parse_mode HTML): every piece of text escaped, sources numbered, and long answers split
/// into messages under the 4096-character limit without breaking a tag, an entity or a word.
/// </summary>
public static partial class TelegramHtml
{
    /// <summary>Telegram's limit on one message's text.</summary>
    public const int MessageLimit = 4096;

    /// <summary>Escapes text for Telegram HTML: &amp;, &lt; and &gt; (the only characters that must be).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>
    /// The answer and its numbered sources as Telegram HTML; the follow-up suggestions too unless they go out as buttons
    /// (<paramref name="listSuggestions"/> false). A question chosen by button (<paramref name="chosen"/>) is repeated first.
    /// </summary>
    public static string Format(Answer answer, bool listSuggestions = true, string? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var html = new StringBuilder();
        if (chosen is not null)
        {
            html.Append("<i>").Append(Escape(PlainReply.ChosenLine(chosen))).Append("</i>\n\n");
        }

        html.Append(Escape(answer.Text.Trim()));
        if (answer.Citations.Count > 0)
        {
            html.Append("\n\n<b>Nguồn:</b>");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var citation = answer.Citations[i];
                html.Append("\n[").Append(i + 1).Append("] <i>").Append(Escape(citation.Title)).Append("</i>");
                if (!string.IsNullOrWhiteSpace(citation.Source))
                {
                    html.Append(" — ").Append(Escape(citation.Source));
                }
            }
        }

        if (listSuggestions && answer.Suggestions.Count > 0)
        {
            html.Append("\n\n<b>Bạn có thể hỏi tiếp:</b>");
            foreach (var suggestion in answer.Suggestions)
            {
                html.Append("\n• ").Append(Escape(suggestion));
            }
        }

        return html.ToString();
    }

    /// <summary>
    /// Splits Telegram HTML into messages of at most <paramref name="limit"/> characters. Cuts fall on a line break when
    /// one is in the second half of the message, else between words; a tag open at a cut is closed before it and
    /// reopened after it; entities and tags are never cut. Only a single word longer than a whole message is cut inside.
    /// </summary>
    public static IReadOnlyList<string> Split(string html, int limit = MessageLimit)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 64);
        if (html.Length <= limit)
        {
            return html.Trim().Length == 0 ? [] : [html];
        }

        var tokens = Tokenize(html);
        var chunks = new List<string>();
        var chunk = new StringBuilder(limit);
        var open = new List<Token>();
        var closingLength = 0;
        var hasContent = false;
        Checkpoint? lineBreak = null;

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Close)
            {
                var at = open.FindLastIndex(t => t.Name == token.Name);
                if (at >= 0)
                {
                    closingLength -= open[at].Name.Length + 3;
                    open.RemoveAt(at);
                }

                chunk.Append(token.Text);
                continue;
            }

            var cost = token.Text.Length + (token.Kind == TokenKind.Open ? token.Name.Length + 3 : 0);
            if (hasContent && chunk.Length + cost + closingLength > limit)
            {
                if (lineBreak is { } cut && cut.Length > limit / 2)
                {
                    // Go back to the last line break and cut there.
                    chunk.Length = cut.Length;
                    open.Clear();
                    open.AddRange(cut.Open);
                    closingLength = open.Sum(t => t.Name.Length + 3);
                    i = cut.TokenIndex;
                    token = tokens[i];
                }

                Flush(chunks, chunk, open);
                hasContent = false;
                lineBreak = null;
                if (token.Kind == TokenKind.Space)
                {
                    continue; // no message starts with the space or line break it was cut at
                }
            }

            if (token.Kind == TokenKind.Word && chunk.Length + token.Text.Length + closingLength > limit)
            {
                // A single word longer than what is left of an empty message: cut it, never inside an entity or a surrogate pair.
                var rest = token.Text;
                while (chunk.Length + rest.Length + closingLength > limit)
                {
                    var room = Math.Max(1, limit - chunk.Length - closingLength);
                    var piece = SafePrefix(rest, room);
                    chunk.Append(piece);
                    rest = rest[piece.Length..];
                    Flush(chunks, chunk, open);
                }

                chunk.Append(rest);
                hasContent = rest.Length > 0;
                continue;
            }

            if (token.Kind == TokenKind.Space && token.Text.Contains('\n', StringComparison.Ordinal) && hasContent)
            {
                lineBreak = new Checkpoint(i, chunk.Length, [.. open]);
            }

            chunk.Append(token.Text);
            if (token.Kind == TokenKind.Open)
            {
                open.Add(token);
                closingLength += token.Name.Length + 3;
            }
            else if (token.Kind == TokenKind.Word)
            {
                hasContent = true;
            }
        }

        Flush(chunks, chunk, open);
        return chunks;
    }

    private static void Flush(List<string> chunks, StringBuilder chunk, List<Token> open)
    {
        // Trailing spaces go; open tags are closed here and reopened at the start of the next message.
        var text = chunk.ToString().TrimEnd();
        var closed = new StringBuilder(text);
        for (var j = open.Count - 1; j >= 0; j--)
        {
            closed.Append("</").Append(open[j].Name).Append('>');
        }

        var message = closed.ToString();
        if (TagPattern().Replace(message, string.Empty).Trim().Length > 0)
        {
            chunks.Add(message);
        }

        chunk.Clear();
        foreach (var tag in open)
        {
            chunk.Append(tag.Text);
        }
    }

    private static string SafePrefix(string word, int room)
    {
        var length = Math.Min(room, word.Length);
        var amp = word.LastIndexOf('&', length - 1);
        if (amp >= 0 && word.IndexOf(';', amp) >= length && amp > 0)
        {
            length = amp; // do not cut "&amp;"
        }

        if (length > 0 && length < word.Length && char.IsHighSurrogate(word[length - 1]))
        {
            length--;
        }

        return word[..Math.Max(1, length)];
    }

    private static List<Token> Tokenize(string html)
    {
        var tokens = new List<Token>();
        foreach (Match match in TokenPattern().Matches(html))
        {
            var text = match.Value;
            if (match.Groups["close"].Success)
            {
                tokens.Add(new Token(TokenKind.Close, text, match.Groups["close"].Value.ToLowerInvariant()));
            }
            else if (match.Groups["open"].Success)
            {
                tokens.Add(new Token(TokenKind.Open, text, match.Groups["open"].Value.ToLowerInvariant()));
            }
            else if (match.Groups["space"].Success)
            {
                tokens.Add(new Token(TokenKind.Space, text, string.Empty));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Word, text, string.Empty));
            }
        }

        return tokens;
    }

    [GeneratedRegex("""</(?<close>[A-Za-z][A-Za-z0-9-]*)\s*>|<(?<open>[A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*)?>|(?<space>\s+)|[^\s<]+|<""")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    private enum TokenKind
    {
        Open,
        Close,
        Space,
        Word,
    }

    private sealed record Token(TokenKind Kind, string Text, string Name);

    private sealed record Checkpoint(int TokenIndex, int Length, Token[] Open);
}
