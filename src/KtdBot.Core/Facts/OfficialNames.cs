using System.Globalization;

namespace KtdBot.Facts;

/// <summary>
/// Letterheads, titles and signature blocks are set in capitals ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "PHÓ CHỦ TỊCH"); an
/// answer writes them as a sentence would. The document's own running text usually spells the same name (“… của Ủy ban
/// nhân dân tỉnh Bắc Ninh”): that spelling is taken as written; otherwise the words are lowered by the usual rules.
/// </summary>
internal static class OfficialNames
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // Words written with a capital wherever they stand (lower case as keys, with diacritics: "đảng" is not "đang").
    private static readonly string[] ProperWords =
        ["Chính phủ", "Quốc hội", "Việt Nam", "Đảng", "Nhà nước", "Thủ đô", "Trung ương", "Hồ Chí Minh", "Chủ tịch", "Thủ tướng"];

    private static readonly string[] PlaceWords = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường"];

    /// <summary>The name as the document's running text writes it, else lowered by rule.</summary>
    public static string Readable(string capitals, FoldedText body)
    {
        var name = capitals.Trim();
        if (name.Any(char.IsLower))
        {
            return name;
        }

        if (AsWritten(name, body) is { } written)
        {
            return written;
        }

        // "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LA": the place after its kind, as the text spells it ("Mường La, ngày …").
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var place = Array.FindLastIndex(words, w => PlaceWords.Any(p => string.Equals(p.Split(' ')[^1], w.ToLower(Vietnamese), StringComparison.Ordinal)));
        return place >= 0 && place + 1 < words.Length && AsWritten(string.Join(' ', words[(place + 1)..]), body) is { } placeName
            ? $"{Lowered(string.Join(' ', words[..(place + 1)]))} {placeName}"
            : Lowered(name);
    }

    // The first spelling of the name in the text that is not all capitals and starts with a capital.
    private static string? AsWritten(string name, FoldedText body)
    {
        var folded = new FoldedText(name).Folded;
        for (var at = body.Folded.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = body.Folded.IndexOf(folded, at + 1, StringComparison.Ordinal))
        {
            var written = body.Original.Substring(at, folded.Length);
            if (written.Any(char.IsLower) && char.IsUpper(written[0]) && WordBoundary(body.Folded, at, folded.Length))
            {
                return written;
            }
        }

        return null;
    }

    /// <summary>A title as written before a name: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "GIÁM ĐỐC" → "Giám đốc".</summary>
    public static string Title(string capitals)
    {
        var words = Lowered(capitals).Split(' ');
        var capitalised = words[0] is "Phó" or "phó" && words.Length > 1 ? 2 : 1;
        return string.Join(' ', words.Select((w, i) => i < capitalised ? Capital(w) : w));
    }

    /// <summary>Capitals lowered: the first word and proper names keep a capital, numerals and acronyms stay as they are.</summary>
    public static string Lowered(string capitals)
    {
        var words = capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lowered = words.Select(w => w.ToLower(Vietnamese).Trim('“', '”', '"', ',', '.', ';', ':', '(', ')')).ToArray();
        var folded = lowered.Select(w => new FoldedText(w).Folded).ToArray();
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (Acronym(words[i]))
            {
                result.Add(words[i]);
            }
            else if (ProperWords.FirstOrDefault(p => Starts(lowered, i, p.ToLower(Vietnamese).Split(' '))) is { } proper)
            {
                var spelling = proper.Split(' ');
                result.AddRange(words.Skip(i).Take(spelling.Length).Select((w, k) => Like(w, spelling[k])));
                i += spelling.Length - 1;
            }
            else if (PlaceWords.Select(p => p.Split(' ')).FirstOrDefault(p => Starts(lowered, i, p)) is { } place)
            {
                // "tỉnh Bắc Ninh", "thành phố Hà Nội": the place named after its kind keeps its capitals.
                var named = Answering.Provinces.FoldedNames.Where(n => Starts(folded, i + place.Length, n)).Select(n => n.Length).DefaultIfEmpty(0).Max();
                result.AddRange(words.Skip(i).Take(place.Length).Select((w, k) => i + k == 0 ? Capital(w.ToLower(Vietnamese)) : w.ToLower(Vietnamese)));
                result.AddRange(words.Skip(i + place.Length).Take(named).Select(w => Capital(w.ToLower(Vietnamese))));
                i += place.Length + named - 1;
            }
            else
            {
                // "Sở Nội vụ", "Bộ Y tế": the office's own name after its kind keeps its capital (not "Bộ trưởng").
                var lower = words[i].ToLower(Vietnamese);
                var named = i == 1 && lowered[0] is "sở" or "bộ" or "cục" && lower is not ("trưởng" or "phó");
                result.Add(i == 0 || named || lower.StartsWith('“') || lower.StartsWith('"') ? Capital(lower) : lower);
            }
        }

        return string.Join(' ', result);
    }

    // The spelling of a proper word, with the punctuation around the word as written ("“THỦ" → "“Thủ").
    private static string Like(string written, string spelling)
    {
        var first = written.IndexOf(written.FirstOrDefault(char.IsLetter));
        var last = written.LastIndexOf(written.LastOrDefault(char.IsLetter));
        return first < 0 ? written : string.Concat(written.AsSpan(0, first), spelling, written.AsSpan(last + 1));
    }

    private static bool Starts(string[] folded, int at, IReadOnlyList<string> phrase) =>
        at + phrase.Count <= folded.Length && phrase.Select((p, k) => folded[at + k] == p).All(same => same);

    // "UBND", "HĐND", "XIV", "15": kept as written.
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal) { "UBND", "UBMTTQ", "UB", "TW" };

    private static bool Acronym(string word)
    {
        var letters = new string(word.Where(char.IsLetter).ToArray());
        return letters.Length == 0 || Acronyms.Contains(letters) || (letters.Length > 1 && letters.All(c => "IVXLC".Contains(c, StringComparison.Ordinal)))
            || (letters.Length <= 5 && !new FoldedText(letters).Folded.Any(c => "aeiouy".Contains(c, StringComparison.Ordinal)));
    }

    private static string Capital(string word)
    {
        var first = word.IndexOf(word.FirstOrDefault(char.IsLetter));
        return first < 0 ? word : string.Concat(word.AsSpan(0, first), char.ToUpper(word[first], Vietnamese).ToString(), word.AsSpan(first + 1));
    }

    private static bool WordBoundary(string folded, int at, int length) =>
        (at == 0 || !char.IsLetter(folded[at - 1])) && (at + length >= folded.Length || !char.IsLetter(folded[at + length]));
}
