using System.Text.RegularExpressions;
using KtdBot.Answering;
using KtdBot.Channels.Telegram;

namespace KtdBot.Host.Tests.Channels;

public sealed class TelegramHtmlTests
{
    [Fact]
    public void EscapesEverythingTheUserOrTheSourcesWrote()
    {
        var answer = new Answer("Tôi không hiểu \"<script>alert(1)</script>\" & <b>x</b> [1]", true,
            [new Citation("Tiêu đề <i>", "Báo A & B", "…")], ["Hỏi <tiếp>?"]);

        var html = TelegramHtml.Format(answer);

        Assert.StartsWith("Tôi không hiểu \"&lt;script&gt;alert(1)&lt;/script&gt;\" &amp; &lt;b&gt;x&lt;/b&gt; [1]", html, StringComparison.Ordinal);
        Assert.Contains("\n\n<b>Nguồn:</b>\n[1] <i>Tiêu đề &lt;i&gt;</i> — Báo A &amp; B", html, StringComparison.Ordinal);
        Assert.Contains("• Hỏi &lt;tiếp&gt;?", html, StringComparison.Ordinal);
        Assert.Equal(["b", "/b", "i", "/i", "b", "/b"], Regex.Matches(html, "<(/?[a-z]+)>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void LeavesShortMessagesWhole()
    {
        Assert.Equal(["<b>Xin chào</b>"], TelegramHtml.Split("<b>Xin chào</b>"));
        Assert.Empty(TelegramHtml.Split("   "));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(257)]
    [InlineData(4096)]
    public void SplitsUnderTheLimitWithoutBreakingTagsEntitiesOrWords(int limit)
    {
        var random = new Random(limit);
        var words = Enumerable.Range(0, 3000).Select(i => (i % 7) switch
        {
            0 => $"<b>đậm{i}</b>",
            1 => $"<i>nghiêng {i} &amp; thêm</i>",
            2 => "&lt;tag&gt;",
            3 => i % 3 == 0 ? "\n" : "từ",
            4 => $"<a href=\"https://example.org/{i}\">liên kết {i}</a>",
            _ => "Hội" + random.Next(1000),
        });
        var html = string.Join(' ', words);

        var parts = TelegramHtml.Split(html, limit);

        Assert.True(parts.Count > 1);
        foreach (var part in parts)
        {
            Assert.InRange(part.Length, 1, limit);
            AssertWellFormed(part);
        }

        Assert.Equal(Words(html), parts.SelectMany(Words).ToArray());
    }

    [Fact]
    public void CutsAtALineBreakWhenOneIsInTheSecondHalf()
    {
        var line = string.Join(' ', Enumerable.Repeat("chữ", 20)); // 79 characters
        var html = string.Join('\n', Enumerable.Repeat(line, 10));

        var parts = TelegramHtml.Split(html, 200);

        Assert.All(parts, p => Assert.Equal(0, (p.Length + 1) % (line.Length + 1)));
    }

    [Fact]
    public void KeepsATagOpenAcrossACutByClosingAndReopeningIt()
    {
        var html = "<b>" + string.Join(' ', Enumerable.Repeat("đậm", 60)) + "</b> xong";

        var parts = TelegramHtml.Split(html, 100);

        Assert.All(parts.SkipLast(1), p => Assert.Matches("^<b>.*</b>$", p));
        Assert.EndsWith("</b> xong", parts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void CutsOnlyAWordLongerThanAWholeMessageAndNeverInsideAnEntityOrSurrogatePair()
    {
        var word = string.Concat(Enumerable.Repeat("ab&amp;😀", 60));

        var parts = TelegramHtml.Split("x " + word + " y", 70);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 70));
        Assert.All(parts, p => Assert.DoesNotMatch("&(?!amp;)", p));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal("x", parts[0]); // the cut before the long word falls between words
        Assert.Equal(word + " y", string.Concat(parts.Skip(1)));
    }

    private static string[] Words(string html) =>
        Regex.Replace(html, "<[^>]+>", " ").Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static void AssertWellFormed(string part)
    {
        var open = new Stack<string>();
        foreach (Match tag in Regex.Matches(part, "<(/?)([a-z]+)[^>]*>"))
        {
            if (tag.Groups[1].Value.Length == 0)
            {
                open.Push(tag.Groups[2].Value);
            }
            else
            {
                Assert.Equal(tag.Groups[2].Value, open.Pop());
            }
        }

        Assert.Empty(open);
        Assert.DoesNotMatch("&(?!amp;|lt;|gt;|quot;)", part);
        Assert.DoesNotMatch("<[^>]*$", part);
    }
}

public sealed class TextSplitterTests
{
    [Fact]
    public void PrefersParagraphsThenLinesThenSentencesThenWords()
    {
        var paragraph = string.Join(". ", Enumerable.Repeat("Câu ngắn về thi đua", 8)) + ".";
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 6));

        var parts = KtdBot.Channels.Core.TextSplitter.Split(text, 400);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 400));
        Assert.All(parts, p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.Equal(text.Replace("\n\n", " ", StringComparison.Ordinal).Split(' '), string.Join(' ', parts).Replace("\n\n", " ", StringComparison.Ordinal).Split(' '));
    }

    [Fact]
    public void NeverSplitsASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 100));

        var parts = KtdBot.Channels.Core.TextSplitter.Split(text, 33);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }
}
