using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using KtdBot.Ingestion;
using KtdBot.Text;

namespace KtdBot.Documents;

/// <summary>Citation data from the page's head and article header.</summary>
internal sealed partial record HtmlPageMetadata(string? Title, string? Publication, string? Date, string? Author)
{
    /// <summary>Reads the metadata of a parsed page.</summary>
    public static HtmlPageMetadata Read(IHtmlDocument document)
    {
        var ld = JsonLdArticle.Read(document);
        var publication = Clean(Meta(document, "og:site_name") ?? ld.Publisher ?? Meta(document, "application-name") ?? Meta(document, "publisher"));
        var title = Clean(Meta(document, "og:title") ?? ld.Headline ?? FirstText(document, "article h1, h1") ?? document.Title);
        var (headline, site) = SplitSiteSuffix(title, publication);
        title = headline;
        publication ??= site;
        var date = ParseDate(Meta(document, "article:published_time"))
            ?? ParseDate(document.QuerySelector("[itemprop=datePublished]") is { } dp ? dp.GetAttribute("content") ?? dp.GetAttribute("datetime") ?? dp.TextContent : null)
            ?? ParseDate(ld.DatePublished)
            ?? ParseDate(document.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime"))
            ?? ParseDate(Meta(document, "pubdate") ?? Meta(document, "publishdate") ?? Meta(document, "date") ?? Meta(document, "dc.date.issued") ?? Meta(document, "dc.date"));
        var author = Person(Meta(document, "author"))
            ?? Person(Meta(document, "article:author"))
            ?? Person(ld.Author)
            ?? Person(FirstText(document, "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .author, .byline, .tac-gia, .author-name, .article-author"));
        return new HtmlPageMetadata(title, publication, date, author);
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? FirstText(IHtmlDocument document, string selector)
    {
        var text = document.QuerySelector(selector)?.TextContent;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = WhitespaceRun().Replace(VietnameseText.Normalize(System.Net.WebUtility.HtmlDecode(text)), " ").Trim();
        return normalized.Length > 0 ? normalized : null;
    }

    // "Khối thi đua 8 tổng kết … | Báo Bình Thuận" → the headline, and the newspaper when it is named so.
    private static (string? Headline, string? Publication) SplitSiteSuffix(string? title, string? publication)
    {
        if (title is null)
        {
            return (null, null);
        }

        foreach (var separator in new[] { " | ", " - ", " – ", " — " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var suffix = title[(at + separator.Length)..].Trim();
            var isNewspaper = suffix.StartsWith("Báo ", StringComparison.Ordinal) && suffix.Length < 40;
            if (isNewspaper
                || (publication is not null && string.Equals(VietnameseText.Fold(suffix), VietnameseText.Fold(publication), StringComparison.Ordinal))
                || SiteName().IsMatch(suffix))
            {
                return (title[..at].Trim(), isNewspaper ? suffix : null);
            }
        }

        return (title, null);
    }

    private static string? Person(string? text)
    {
        var cleaned = Clean(text);
        if (cleaned is null || cleaned.Contains("://", StringComparison.Ordinal) || cleaned.StartsWith('/') || cleaned.Length > 80)
        {
            return null;
        }

        cleaned = AuthorPrefix().Replace(cleaned, string.Empty).Trim();
        return cleaned.Length > 1 ? cleaned : null;
    }

    /// <summary>yyyy-MM-dd from ISO dates (the date as written, not shifted to UTC) or d/m/y.</summary>
    internal static string? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var iso = IsoDate().Match(text);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return NewsPageCleaner.FindDate(text);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[\w-]+(?:\.[\w-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteName();

    [GeneratedRegex(@"^(?:(?:bài|tin|ảnh)(?:\s*(?:và|,|&)\s*(?:ảnh|bài))?\s*:|by\s|theo\s*:?)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPrefix();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();
}

/// <summary>The few schema.org NewsArticle fields worth reading from JSON-LD.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher)
{
    /// <summary>The first Article (or Posting) item of the page's JSON-LD scripts.</summary>
    public static JsonLdArticle Read(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var item in Items(json.RootElement))
                {
                    var type = item.TryGetProperty("@type", out var t) ? t.ToString() : string.Empty;
                    if (type.Contains("Article", StringComparison.OrdinalIgnoreCase) || type.Contains("Posting", StringComparison.OrdinalIgnoreCase))
                    {
                        return new JsonLdArticle(Text(item, "headline"), Text(item, "datePublished"), Name(item, "author"), Name(item, "publisher"));
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common and costs nothing: the other metadata still counts.
            }
        }

        return new JsonLdArticle(null, null, null, null);
    }

    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().SelectMany(Items).ToList();
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("@graph", out var graph))
        {
            return Items(graph);
        }

        return root.ValueKind == JsonValueKind.Object ? [root] : [];
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Name(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        var first = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().FirstOrDefault() : value;
        return first.ValueKind switch
        {
            JsonValueKind.String => first.GetString(),
            JsonValueKind.Object => Text(first, "name"),
            _ => null,
        };
    }
}
