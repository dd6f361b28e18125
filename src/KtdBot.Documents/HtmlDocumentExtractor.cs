using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KtdBot.Ingestion;
using KtdBot.Text;

namespace KtdBot.Documents;

/// <summary>
/// Saved news pages (.html, .htm). Reads the citation from the page's metadata (Open Graph, article:published_time,
/// JSON-LD, &lt;time&gt;, bylines), picks the article element when there is one, strips the page furniture
/// (navigation, headers and footers, share bars, related-article boxes, comments, forms, scripts), then sends the
/// remaining block texts through <see cref="NewsPageCleaner"/>. h2–h6 and bold-only paragraphs become section
/// headings; data tables become one line per row.
/// </summary>
public sealed partial class HtmlDocumentExtractor : IDocumentExtractor
{
    // Elements that never hold article text.
    private static readonly string[] NoiseTags =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input", "select",
        "textarea", "nav", "aside", "footer", "object", "embed", "video", "audio", "map", "dialog", "link", "meta",
    ];

    private static readonly string[] NoiseRoles =
    [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog", "alert",
    ];

    // Fragments of class and id names that mark furniture; matched against the name with separators removed.
    private static readonly string[] NoiseNameFragments =
    [
        "related", "relate", "lienquan", "cothebanquantam", "tinkhac", "cungchuyenmuc", "xemthem", "docthem",
        "share", "sharing", "social", "chiase", "comment", "binhluan", "weather", "thoitiet", "breadcrumb", "menu",
        "navbar", "sidebar", "banner", "advert", "quangcao", "footer", "subscribe", "newsletter", "popup", "cookie",
        "hashtag", "tagslist", "taglist", "keyword", "tukhoa", "author", "byline", "tacgia", "toolbar", "print",
        "mostread", "docnhieu", "xemnhieu", "tinmoi", "latest", "trending", "noibat", "follow", "theodoi", "rating",
        "pagination", "paging", "login", "signin", "searchbox", "logo",
    ];

    // Short names that only count as whole words ("ads" would otherwise match "heads").
    private static readonly HashSet<string> NoiseNameWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "nav", "tags", "tag", "share", "widget", "sns", "topbar",
    };

    private static readonly string[] ContentSelectors =
    [
        "[itemprop=articleBody]", ".detail-content", ".content-detail", ".article-content", ".article-body",
        ".article__body", ".entry-content", ".post-content", ".news-content", ".detail__content", ".singular-content",
        ".cms-body", ".fck_detail", ".noi-dung", ".noidung",
    ];

    private static readonly string[] LeadSelectors = [".sapo", ".lead", ".chapeau", ".article-sapo", ".summary", ".description", "[itemprop=description]"];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), DeclaredEncoding(bytes), detectEncodingFromByteOrderMarks: true);
        var html = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (TextDocumentExtractor.LooksBinary(html))
        {
            throw new DocumentFormatException($"{fileName}: binary content, not an HTML page");
        }

        var document = await new HtmlParser().ParseDocumentAsync(html, cancellationToken).ConfigureAwait(false);
        var meta = HtmlPageMetadata.Read(document);
        var root = ChooseContentRoot(document);
        var lead = FindLeadOutside(document, root);
        RemoveFurniture(root);

        // The visible headline marks where the article starts, even when og:title words it differently.
        var headline = root.LocalName is "body" or "html" ? null : root.QuerySelector("h1")?.TextContent;
        var marker = string.IsNullOrWhiteSpace(headline) ? meta.Title : headline;
        var lines = new List<PageLine>();
        new HtmlLineWriter(lines).Write(root);
        if (lead is not null)
        {
            var at = marker is null ? -1 : lines.FindIndex(l => SameText(l.Text, marker));
            lines.Insert(at + 1, new PageLine(lead));
        }

        var page = NewsPageCleaner.Clean(lines, marker, meta.Author);
        if (page.Paragraphs.Count == 0)
        {
            throw new DocumentFormatException($"{fileName}: no article text in the page");
        }

        var title = meta.Title ?? (page.Title.Length > 0 ? page.Title : Path.GetFileNameWithoutExtension(fileName));
        page = page with { Title = title, Paragraphs = page.Paragraphs.Where(p => !SameText(p, title)).ToList() };
        return TextDocumentExtractor.ToDocument(page, fileName, meta.Publication, meta.Date, meta.Author ?? page.Author);
    }

    private static bool SameText(string a, string b) =>
        string.Equals(
            WhitespaceRun().Replace(VietnameseText.Fold(VietnameseText.Normalize(a)), " ").Trim(' ', '.'),
            WhitespaceRun().Replace(VietnameseText.Fold(VietnameseText.Normalize(b)), " ").Trim(' ', '.'),
            StringComparison.Ordinal);

    // UTF-8 unless the page declares otherwise in its first bytes (older Vietnamese sites used windows-1258).
    private static Encoding DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetDeclaration().Match(head);
        if (!match.Success)
        {
            return Encoding.UTF8;
        }

        var name = match.Groups[1].Value;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8; // an unknown label: browsers fall back too
        }
    }

    // The article: the element the CMS marks as the body, else the <article> with the most paragraph text
    // (teaser lists are <article>s too), else <main>, else the whole body.
    private static IElement ChooseContentRoot(IHtmlDocument document)
    {
        var articles = document.QuerySelectorAll("article").Where(a => !a.GetAncestors().OfType<IElement>().Any(p => p.LocalName == "article")).ToList();
        var bestArticle = articles.OrderByDescending(ParagraphTextLength).FirstOrDefault();
        if (bestArticle is not null && ParagraphTextLength(bestArticle) >= 200)
        {
            return bestArticle;
        }

        foreach (var selector in ContentSelectors)
        {
            var candidate = document.QuerySelectorAll(selector).OrderByDescending(ParagraphTextLength).FirstOrDefault();
            if (candidate is not null && ParagraphTextLength(candidate) >= 200)
            {
                return candidate;
            }
        }

        var main = document.QuerySelector("main, [role=main]");
        if (main is not null && ParagraphTextLength(main) >= 200)
        {
            return main;
        }

        return document.Body ?? document.DocumentElement;
    }

    private static int ParagraphTextLength(IElement element) =>
        element.QuerySelectorAll("p").Where(p => !p.GetAncestors().OfType<IElement>().TakeWhile(a => a != element).Any(a => a.LocalName == "article"))
            .Sum(p => p.TextContent.Trim().Length);

    // CMSs often print the lead (sapo) above the body element; pick it up when the body was chosen without it.
    private static string? FindLeadOutside(IHtmlDocument document, IElement root)
    {
        foreach (var selector in LeadSelectors)
        {
            var lead = document.QuerySelector(selector);
            if (lead is not null && !root.Contains(lead) && !lead.Contains(root) && lead.LocalName != "meta"
                && lead.CompareDocumentPosition(root).HasFlag(DocumentPositions.Following)
                && lead.TextContent.Trim().Length > 40
                && !IsNoise(lead) && !lead.GetAncestors().OfType<IElement>().Any(IsNoise))
            {
                return lead.TextContent;
            }
        }

        return null;
    }

    private static void RemoveFurniture(IElement root)
    {
        var doomed = new List<IElement>();
        CollectNoise(root, doomed);
        foreach (var element in doomed)
        {
            element.Remove();
        }

        RemoveTeaserBoxes(root);
        RemoveLinkLists(root);
    }

    // Teaser <article>s nested in the article and page headers without the headline go with the furniture.
    private static void CollectNoise(IElement parent, List<IElement> doomed)
    {
        foreach (var element in parent.Children)
        {
            if (IsNoise(element)
                || element.LocalName == "article"
                || (element.LocalName == "header" && element.QuerySelector("h1") is null))
            {
                doomed.Add(element);
                continue;
            }

            CollectNoise(element, doomed);
        }
    }

    private static bool IsNoise(IElement element)
    {
        if (NoiseTags.Contains(element.LocalName, StringComparer.Ordinal)
            || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
            || (element.GetAttribute("role") is { } role && NoiseRoles.Contains(role.ToLowerInvariant(), StringComparer.Ordinal)))
        {
            return true;
        }

        var names = $"{element.ClassName} {element.Id}".ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(names))
        {
            return false;
        }

        // An element named after the article body is never furniture, even when its name says "detail-share-wrap".
        if (names.Contains("articlebody", StringComparison.Ordinal) || element.GetAttribute("itemprop") == "articleBody")
        {
            return false;
        }

        var words = NameSeparator().Split(names).Where(w => w.Length > 0).ToList();
        var joined = string.Concat(words);
        return words.Any(NoiseNameWords.Contains) || NoiseNameFragments.Any(f => joined.Contains(f, StringComparison.Ordinal));
    }

    // A box headed "Tin liên quan" / "Có thể bạn quan tâm" inside the article: remove the box with its heading.
    // When the heading has no box of its own, the lists right after it go with it.
    private static void RemoveTeaserBoxes(IElement root)
    {
        var rootLength = root.TextContent.Length;
        var markers = root.QuerySelectorAll("*")
            .Where(e => e.Children.Length == 0 || e.Children.All(c => c.LocalName is "a" or "span" or "strong" or "b" or "i" or "em"))
            .Where(e => IsTailHeadingText(e.TextContent))
            .ToList();
        foreach (var marker in markers)
        {
            if (!root.Contains(marker))
            {
                continue;
            }

            var box = marker;
            while (box.ParentElement is { } parent && parent != root
                && parent.TextContent.Length * 2 < rootLength
                && IsTailHeadingText(FirstLine(parent)))
            {
                box = parent;
            }

            if (box == marker || box.TextContent.Trim().Length <= marker.TextContent.Trim().Length + 2)
            {
                // A bare heading over link lists is an inline box: it goes with its lists. A bare heading over
                // anything else stays, so the cleaner cuts the page there.
                var lists = 0;
                while (box.NextElementSibling is { } next && (IsLinkList(next) || next.LocalName == "article"))
                {
                    next.Remove();
                    lists++;
                }

                if (lists == 0)
                {
                    continue;
                }
            }

            box.Remove();
        }
    }

    private static void RemoveLinkLists(IElement root)
    {
        foreach (var list in root.QuerySelectorAll("ul, ol, div, section, table, p").Where(IsLinkList).ToList())
        {
            if (list != root && root.Contains(list))
            {
                list.Remove();
            }
        }
    }

    // Menus and teaser lists are made of links; article text is not.
    private static bool IsLinkList(IElement element)
    {
        var text = element.TextContent.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var links = element.QuerySelectorAll("a").ToList();
        var linkText = links.Sum(a => a.TextContent.Trim().Length);
        if (element.LocalName == "p")
        {
            return links.Count >= 1 && text.Length < 200 && linkText * 10 >= text.Length * 9;
        }

        return links.Count >= 2 && linkText * 10 >= text.Length * 6;
    }

    private static bool IsTailHeadingText(string text)
    {
        var trimmed = WhitespaceRun().Replace(VietnameseText.Normalize(text), " ").Trim();
        return trimmed.Length is > 0 and <= 40 && NewsPageCleaner.IsTeaserHeading(trimmed);
    }

    private static string FirstLine(IElement element)
    {
        var lines = new List<PageLine>();
        new HtmlLineWriter(lines).Write(element);
        return lines.Count > 0 ? lines[0].Text : string.Empty;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();
}
