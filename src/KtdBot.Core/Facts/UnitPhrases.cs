using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>Cuts unit names out of prose: lists ("A, B và C"), the subject before a verb, the object after one.</summary>
internal static partial class UnitPhrases
{
    private static readonly string[] LeadWords =
    [
        "dai dien", "lanh dao", "tai hoi nghi", "dong thoi", "theo do", "trong do", "sau do", "va", "cung voi do", "nam nay",
        "qua binh xet", "ket qua", "hoi nghi", "cac hoi thanh vien", "cac don vi",
    ];

    /// <summary>Splits "A, B, C và D" (or "A; B; C") into names; "Sở Văn hóa, Thể thao và Du lịch" stays whole.</summary>
    public static List<string> SplitList(string list)
    {
        var text = ProtectCompounds(list.Trim().TrimEnd('.', ';', ',', ':').Trim());
        var separators = text.Contains(';', StringComparison.Ordinal) ? new[] { ';' } : [',', ';'];
        var items = new List<string>();
        foreach (var part in text.Split(separators))
        {
            // The last "và" joins two names only when a capitalised name follows ("Trung đoàn 894 và Trung đoàn 896").
            var pieces = AndCapital().Split(part);
            items.AddRange(pieces);
        }

        return items.Select(i => Restore(CleanItem(i))).Where(i => i.Length > 1).ToList();
    }

    /// <summary>A list item without its numbering, bullets, trailing punctuation and parenthesised remarks at the end.</summary>
    public static string CleanItem(string item)
    {
        var text = ItemNumber().Replace(item.Trim(), string.Empty).Trim().Trim('*').Trim();
        text = text.Trim().TrimEnd('.', ';', ',', ':').Trim();
        // "Sở Giáo dục và Đào tạo (đơn vị dẫn đầu …)": a remark, not part of the name; role tags are read before this.
        // "Phường Phổ Yên - đơn vị dẫn đầu Cụm thi đua số 2": a remark after a dash.
        var dash = DashRemark().Match(text);
        if (dash.Success && dash.Index > 2)
        {
            text = text[..dash.Index].Trim();
        }

        var remark = TrailingRemark().Match(text);
        return remark.Success && remark.Index > 2 && !RoleTag().IsMatch(remark.Value) ? text[..remark.Index].Trim() : text;
    }

    /// <summary>"1. Sở Y tế", "- Hội Khuyến học", "a) Công an tỉnh": one item of a list under a lead-in.</summary>
    public static bool IsListItem(string text) => ListItem().IsMatch(text) && text.Length < 200;

    /// <summary>
    /// "phường Phổ Yên" → "Phường Phổ Yên": a commune, ward or district is written in lower case mid-sentence; any other
    /// phrase is returned as it is.
    /// </summary>
    public static string Capitalised(string phrase)
    {
        var trimmed = phrase.Trim();
        if (trimmed.Length < 3 || !char.IsLower(trimmed[0]))
        {
            return trimmed;
        }

        var folded = new FoldedText(trimmed).Folded;
        foreach (var head in FactVocabulary.PlaceHeads)
        {
            if (folded.StartsWith(head + " ", StringComparison.Ordinal) && head.Length + 1 < trimmed.Length && char.IsUpper(trimmed[head.Length + 1]))
            {
                return char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
            }
        }

        return trimmed;
    }

    /// <summary>
    /// The units in one table cell or list: "A; B", "Phường X, phường Y", and "UBND các huyện Đại Từ, Phú Lương" read as
    /// "UBND huyện Đại Từ", "UBND huyện Phú Lương". A cell that is one name (with commas inside) stays whole.
    /// </summary>
    public static List<string> CellUnits(string cell)
    {
        if (NumberedItems(cell) is { Count: >= 2 } numbered)
        {
            return numbered.Select(Capitalised).ToList();
        }

        if (cell.Contains(';', StringComparison.Ordinal))
        {
            return SplitList(cell).Select(Capitalised).ToList();
        }

        if (!cell.Contains(',', StringComparison.Ordinal))
        {
            return [cell.Trim()];
        }

        var items = SplitList(cell);
        if (items.Count >= 2 && SharedHead().Match(items[0]) is { Success: true } shared)
        {
            var head = $"{shared.Groups["head"].Value} {shared.Groups["type"].Value}".Trim();
            items = items.Select((item, i) => i == 0 ? $"{head} {shared.Groups["first"].Value}" : LooksLikeUnit(item) ? item : $"{head} {item}").ToList();
        }

        items = items.Select(Capitalised).ToList();
        return items.Count >= 2 && items.All(LooksLikeUnit) ? items : [cell.Trim()];
    }

    /// <summary>"1. Sở Y tế 2. Sở Tư pháp 3. …": a numbered list in one cell, its lines joined; the items in order.</summary>
    private static List<string> NumberedItems(string cell)
    {
        var marks = InlineNumber().Matches(cell).ToList();
        var run = new List<Match>();
        foreach (var mark in marks)
        {
            if (mark.Groups["n"].Value == (run.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                run.Add(mark);
            }
        }

        if (run.Count < 2 || cell[..run[0].Index].Trim().Length > 0)
        {
            return [];
        }

        return run.Select((m, i) => CleanItem(cell[(m.Index + m.Length)..(i + 1 < run.Count ? run[i + 1].Index : cell.Length)])).Where(i => i.Length > 1).ToList();
    }

    [GeneratedRegex(@"(?<=^|\s)(?<n>\d{1,2})[.)]\s+(?=\p{Lu})")]
    private static partial Regex InlineNumber();

    /// <summary>True when a name starts like a unit's ("Sở", "Hội", "Công an", "UBND").</summary>
    public static bool LooksLikeUnit(string name)
    {
        var folded = new FoldedText(name.Trim()).Folded;
        if (FactVocabulary.NotUnitHeads.Any(h => folded.StartsWith(h + " ", StringComparison.Ordinal)))
        {
            return false;
        }

        return name.Length > 1 && (char.IsUpper(name.Trim()[0]) || char.IsDigit(name.Trim()[0]))
            && FactVocabulary.UnitHeads.Any(h => folded.StartsWith(h, StringComparison.Ordinal) && (folded.Length == h.Length || !char.IsLetter(folded[h.Length])));
    }

    /// <summary>The capitalised phrase just before <paramref name="end"/>, after the last comma, semicolon or colon; lead words dropped.</summary>
    public static string? SubjectBefore(FoldedText text, int end)
    {
        var start = 0;
        for (var i = end - 1; i >= 0; i--)
        {
            if (text.Original[i] is ',' or ';' or ':' or '.' or '(' or ')' or '–')
            {
                // "Hội Nạn nhân chất độc da cam/dioxin": commas inside a compound name are rare; stop at the first.
                start = i + 1;
                break;
            }
        }

        var phrase = DropTrailingWords(DropLeadWords(text, start, end)) is { } found ? Capitalised(found) : null;
        return phrase is { Length: > 1 } && char.IsUpper(phrase[0]) && phrase.Split(' ').Length <= 16 ? phrase : null;
    }

    /// <summary>
    /// The unit a clause before <paramref name="end"/> opens with: "…, Hội LHPN tỉnh đạt 98,6 điểm, 6/6 phiếu, được suy
    /// tôn …" → "Hội LHPN tỉnh". The nearest clause that starts with a unit's name, up to its verb.
    /// </summary>
    public static string? ClauseSubjectBefore(FoldedText text, int end)
    {
        for (var stop = end; stop > 0;)
        {
            var start = text.Original.LastIndexOfAny([',', ';', ':', '.'], stop - 1) + 1;
            var clause = text.Folded[start..stop];
            var verb = ClauseVerb().Match(clause);
            var candidate = text.Cut(start, verb.Success ? verb.Index : clause.Length);
            if (candidate.Length > 2 && LooksLikeUnit(candidate) && candidate.Split(' ').Length <= 12)
            {
                return Capitalised(candidate);
            }

            stop = start - 1;
        }

        return null;
    }

    [GeneratedRegex(@"\s(?:dat|duoc|voi|co|da|dan dau|xep thu)\b")]
    private static partial Regex ClauseVerb();

    /// <summary>The phrase right after <paramref name="start"/>, up to the next punctuation or one of the stop words.</summary>
    public static string? ObjectAfter(FoldedText text, int start, params string[] stops)
    {
        var end = text.Original.Length;
        for (var i = start; i < text.Original.Length; i++)
        {
            if (text.Original[i] == ',' && InsideName(text.Folded, i))
            {
                continue; // "Sở Văn hóa, Thể thao và Du lịch"
            }

            if (text.Original[i] is ',' or ';' or '.' or '(' or ')' or ':' or '–')
            {
                end = i;
                break;
            }
        }

        foreach (var stop in stops)
        {
            var at = text.Folded.IndexOf(" " + stop + " ", start, end - start, StringComparison.Ordinal);
            if (at < 0 && text.Folded.AsSpan(start, end - start).EndsWith(" " + stop, StringComparison.Ordinal))
            {
                at = end - stop.Length - 1;
            }

            if (at >= 0)
            {
                end = at;
            }
        }

        var phrase = Capitalised(text.Cut(start, end - start).Trim('"', '“', '”', ' '));
        return phrase.Length > 1 && char.IsUpper(phrase[0]) && phrase.Split(' ').Length <= 16 ? phrase : null;
    }

    // A comma inside an official name ("Sở Văn hóa, Thể thao và Du lịch"): one of the compound names spans it.
    private static bool InsideName(string folded, int comma) =>
        FactVocabulary.CompoundNames.Any(c => c.IndexOf(',', StringComparison.Ordinal) is var at and >= 0
            && comma - at >= 0 && string.CompareOrdinal(folded, comma - at, c, 0, c.Length) == 0);

    // "Sở Giáo dục và Đào tạo đã (bàn giao …)": auxiliaries before the verb are not part of the name.
    private static string? DropTrailingWords(string? phrase)
    {
        if (phrase is null)
        {
            return null;
        }

        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        string Last(int back) => words.Count > back ? new FoldedText(words[^(back + 1)]).Folded : string.Empty;
        while (words.Count > 1)
        {
            // "chính thức", "tiếp tục" go as pairs: "Sở Tài chính" keeps its "chính".
            var pair = (Last(1), Last(0)) is ("chinh", "thuc") or ("tiep", "tuc");
            if (!pair && Last(0) is not ("da" or "dang" or "se" or "vua" or "cung" or "duoc"))
            {
                break;
            }

            words.RemoveRange(words.Count - (pair ? 2 : 1), pair ? 2 : 1);
        }

        return string.Join(' ', words);
    }

    private static string? DropLeadWords(FoldedText text, int start, int end)
    {
        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            while (start < end && text.Original[start] == ' ')
            {
                start++;
            }

            foreach (var lead in LeadWords)
            {
                if (string.CompareOrdinal(text.Folded, start, lead + " ", 0, lead.Length + 1) == 0)
                {
                    start += lead.Length + 1;
                    changed = true;
                }
            }
        }

        return start < end ? text.Cut(start, end - start) : null;
    }

    private static string ProtectCompounds(string text)
    {
        var folded = new FoldedText(text).Folded;
        var chars = text.ToCharArray();
        foreach (var compound in FactVocabulary.CompoundNames)
        {
            for (var at = folded.IndexOf(compound, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(compound, at + 1, StringComparison.Ordinal))
            {
                for (var i = at; i < at + compound.Length; i++)
                {
                    chars[i] = chars[i] switch { ',' => '\u0001', ';' => '\u0002', _ => chars[i] };
                }

                // "và" inside the compound: mark its space so the list splitter does not see " và ".
                var inner = folded.IndexOf(" va ", at, compound.Length, StringComparison.Ordinal);
                if (inner >= 0)
                {
                    chars[inner] = '\u0003';
                }
            }
        }

        // "Sở Nội vụ (95,5 điểm)": a decimal comma separates no names.
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            if (chars[i] == ',' && char.IsDigit(chars[i - 1]) && char.IsDigit(chars[i + 1]))
            {
                chars[i] = '\u0001';
            }
        }

        return new string(chars);
    }

    private static string Restore(string text) => text.Replace('\u0001', ',').Replace('\u0002', ';').Replace('\u0003', ' ');

    // "UBND các huyện Đại Từ": a head shared by the names that follow it in the list.
    [GeneratedRegex(@"^(?<head>\p{Lu}[\p{L} ]{0,20}?)?\s*(?:các|Các)\s+(?<type>huyện|xã|phường|thành phố|thị xã|thị trấn|quận)\s+(?<first>\p{Lu}.*)$")]
    private static partial Regex SharedHead();

    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)]|[-–•+*]|[a-zđ][.)])\s*\p{Lu}")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\s+[-–]\s+(?:đơn vị|là|dẫn đầu|xếp|đạt|được|với)\b.*$")]
    private static partial Regex DashRemark();

    [GeneratedRegex(@"\s*\([^()]*\)$")]
    private static partial Regex TrailingRemark();

    [GeneratedRegex(@"(?i)(?:khối|cụm)\s+(?:trưởng|phó)")]
    private static partial Regex RoleTag();

    [GeneratedRegex(@"\s+(?:và|va)\s+(?=[\p{Lu}\d]|(?:phường|xã|huyện|thị xã|thị trấn|thành phố|quận)\s+\p{Lu})")]
    private static partial Regex AndCapital();

    [GeneratedRegex(@"^(?:[-–•+*]\s*|\(?\d{1,3}[.)]\s*|[a-zđ][.)]\s+|[IVX]{1,4}[.)]\s+)")]
    private static partial Regex ItemNumber();
}
