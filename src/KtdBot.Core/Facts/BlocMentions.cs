using System.Globalization;
using System.Text.RegularExpressions;
using KtdBot.Knowledge;

namespace KtdBot.Facts;

/// <summary>A bloc named in a line, with where the mention ends (so a list in parentheses after it can be read).</summary>
internal sealed record BlocMention(BlocRef Bloc, int Start, int End);

/// <summary>
/// Finds blocs and clusters named in a line: numbered ("Khối thi đua số 2", "KHỐI THI ĐUA SỐ II", "Cụm thi đua 1",
/// "khối 3" when the document speaks of khối thi đua) and named ("Khối thi đua MTTQ và các tổ chức chính trị - xã hội").
/// Roles ("khối trưởng", "khối phó") and other uses of the word ("khối đại đoàn kết", "học sinh khối 4") are not blocs.
/// </summary>
internal static partial class BlocMentions
{
    // Words that end a bloc's name: verbs and particles that follow it in a sentence.
    private static readonly string[] NameStops =
    [
        "to chuc", "tong ket", "gom", "co", "da", "nam", "nhan", "ban giao", "cho", "tai", "la", "duoc", "thuc hien", "dang",
        "tiep tuc", "hoat dong", "trong", "voi", "nay", "do", "ve", "vao", "dat", "deu", "sau", "ho tro", "tham du", "phat",
        "trien khai", "xay dung", "bau", "lam", "cua", "tinh", "thanh pho", "nhiem vu", "se", "khong", "cung", "va khoi", "hien",
        "theo", "luon", "gop", "dong", "thuoc", "tren", "cap", "trong tinh", "de", "nhu",
    ];

    private static readonly string[] NotNames = ["truong", "pho", "dai doan ket", "thi dua", ""];

    // "KHỐI THI ĐUA THUỘC UBND TỈNH …" in capitals, where no word looks like a stop: a preposition is not a name.
    private static readonly string[] NotNameStarts = ["thuoc ", "cua ", "trong ", "tai ", "nam "];

    public static List<BlocMention> Find(DocumentLine line, string? documentProvince, bool bareNumbersAllowed)
    {
        var text = line.Folded;
        var found = new List<BlocMention>();
        foreach (Match m in Numbered().Matches(text.Folded))
        {
            var hasThiDua = m.Groups["td"].Success || m.Groups["so"].Success;
            if (!hasThiDua && !bareNumbersAllowed)
            {
                continue;
            }

            var numberText = m.Groups["n"].Value;
            int? number = int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Text.RomanNumerals.Value(numberText);
            // "khối v" in prose is no bloc; "Khối IV:" heading a decision's table, in capitals, is.
            var roman = char.IsLetter(numberText[0]);
            if (number is not (> 0 and < 100) || (!hasThiDua && roman && !(bareNumbersAllowed && text.Cut(m.Groups["n"].Index, m.Groups["n"].Length).All(char.IsUpper))))
            {
                continue;
            }

            var kind = m.Groups["k"].Value == "cum" ? BlocKind.Cum : BlocKind.Khoi;
            var name = $"{(kind == BlocKind.Khoi ? "Khối" : "Cụm")} thi đua số {number}";
            var province = ProvinceAfter(text, m.Index + m.Length) ?? documentProvince;
            var described = Descriptor().Match(text.Original, m.Index + m.Length);
            var between = m.Groups["between"];
            var descriptor = described.Success ? described.Groups["d"].Value.Trim()
                : between.Success ? $"{(kind == BlocKind.Khoi ? "Khối" : "Cụm")} {text.Cut(between.Index, between.Length)}" : null;
            found.Add(new BlocMention(new BlocRef(kind, number, name, province) { Descriptor = descriptor }, m.Index, m.Index + m.Length + (described.Success ? described.Length : 0)));
        }

        foreach (Match m in Named().Matches(text.Folded))
        {
            if (found.Any(f => m.Index >= f.Start && m.Index < f.End))
            {
                continue; // inside "Khối thi đua số 2 (Khối các cơ quan …)": the numbered bloc's descriptor
            }

            var (nameEnd, key) = NameAfter(text, m.Index + m.Length);
            if (NotNames.Contains(key, StringComparer.Ordinal) || key.Length < 3 || char.IsDigit(key[0]) || NotNameStarts.Any(w => key.StartsWith(w, StringComparison.Ordinal)) || Plural().IsMatch(key))
            {
                continue;
            }

            if (!StartsLikeName(text.Original, m.Index, m.Index + m.Length))
            {
                continue; // "các khối thi đua thuộc Ủy ban …" is not a bloc's name
            }

            var kind = m.Groups["k"].Value == "cum" ? BlocKind.Cum : BlocKind.Khoi;
            var name = text.Cut(m.Index, nameEnd - m.Index);
            var province = ProvinceAfter(text, nameEnd) ?? documentProvince;
            found.Add(new BlocMention(new BlocRef(kind, null, Capitalise(name), province) { NameKey = key }, m.Index, nameEnd));
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>"(của) tỉnh Cà Mau" right after a mention, as written.</summary>
    private static string? ProvinceAfter(FoldedText text, int position)
    {
        var m = ProvinceCue().Match(text.Folded, position);
        if (!m.Success || m.Index > position + 2)
        {
            return null;
        }

        var at = m.Index + m.Length;
        var rest = text.Folded[at..];
        foreach (var name in Answering.Provinces.FoldedNames.OrderByDescending(n => n.Length))
        {
            var joined = string.Join(' ', name);
            if (rest.StartsWith(joined, StringComparison.Ordinal) && (rest.Length == joined.Length || !char.IsLetter(rest[joined.Length])))
            {
                return TitleCase(text.Cut(at, joined.Length));
            }
        }

        return null;
    }

    /// <summary>"HÀ TĨNH" (a header in capitals) → "Hà Tĩnh".</summary>
    public static string TitleCase(string name) =>
        name.Any(char.IsLower) ? name : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[..1] + w[1..].ToLowerInvariant()));

    private static (int End, string Key) NameAfter(FoldedText text, int start)
    {
        var folded = text.Folded;
        var words = new List<(int Start, int End)>();
        var i = start;
        while (i < folded.Length && words.Count < 12)
        {
            while (i < folded.Length && folded[i] == ' ')
            {
                i++;
            }

            // "Khối các cơ quan Đảng, Mặt trận và đoàn thể tỉnh": a comma before a capital goes on with the name.
            if (i + 2 < folded.Length && folded[i] == ',' && words.Count > 0 && folded[i + 1] == ' ' && char.IsUpper(text.Original[i + 2]))
            {
                i++;
                continue;
            }

            if (i >= folded.Length || !(char.IsLetterOrDigit(folded[i]) || folded[i] == '-'))
            {
                break;
            }

            var wordStart = i;
            while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || folded[i] is '-' or '/'))
            {
                i++;
            }

            var rest = folded[wordStart..];
            // "… NĂM 2026" ends a name even in capitals.
            if (YearAfter().IsMatch(rest))
            {
                break;
            }

            // A capitalised word is part of the name ("Đảng" folds like the verb "đang").
            if (!char.IsUpper(text.Original[wordStart]) && NameStops.Any(s => rest.StartsWith(s, StringComparison.Ordinal) && (rest.Length == s.Length || !char.IsLetter(rest[s.Length]))))
            {
                // "và các tổ chức chính trị - xã hội": "tổ chức" after "các" is part of a name, not the verb.
                var previous = words.Count > 0 ? folded[words[^1].Start..words[^1].End] : string.Empty;
                // "các cơ quan": "cơ" is not "có".
                if (!(previous == "cac" && (rest.StartsWith("to chuc", StringComparison.Ordinal) || rest.StartsWith("co quan", StringComparison.Ordinal))))
                {
                    break;
                }
            }

            words.Add((wordStart, i));
        }

        while (words.Count > 0 && folded[words[^1].Start..words[^1].End] is "-" or "va" or "cac")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return (start, string.Empty);
        }

        var end = words[^1].End;
        return (end, folded[words[0].Start..end]);
    }

    // A name is capitalised ("MTTQ", "Các cơ quan Đảng") or "các" + a capitalised word ("các Hội đặc thù").
    // "Khối các cơ quan Đảng, …" (capitalised, as a decision names it) is a name too.
    private static bool StartsLikeName(string original, int mention, int at)
    {
        var rest = original[at..].TrimStart();
        if (rest.StartsWith("các ", StringComparison.Ordinal) || rest.StartsWith("CÁC ", StringComparison.Ordinal))
        {
            if (char.IsUpper(original[mention]))
            {
                return true;
            }

            rest = rest[4..].TrimStart();
        }

        return rest.Length > 0 && char.IsUpper(rest[0]);
    }

    private static string Capitalise(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.Length > 1 && name.Skip(1).All(c => !char.IsLower(c)) ? name[1..].ToLowerInvariant() : name[1..]);

    // "khối thi đua số 2", "khoi thi dua 2", "cụm số 1", "khối 3", "KHỐI THI ĐUA SỐ II", "Khối TĐ số 1" — not "khối trưởng".
    // "Cụm thi đua các xã, phường số 1": a short descriptor may stand between "thi đua" and "số".
    [GeneratedRegex(@"\b(?<k>khoi|cum)(?<td>\s+(?:thi\s+dua|td))?(?:\s+(?<between>cac\s+[a-z]+(?:,?\s+[a-z]+){0,3}?)(?=\s+so\s))?(?<so>\s+so)?\s+(?<n>\d{1,2}|[ivx]{1,4})\b(?!\s*/|[.,]\d)")]
    private static partial Regex Numbered();

    // "Khối thi đua số 2 (Khối các cơ quan văn hóa - xã hội)", "KHỐI THI ĐUA SỐ 1 - KHỐI NỘI CHÍNH" — not "- Khối trưởng …".
    [GeneratedRegex(@"\G(?:\s*\((?<d>(?:[Kk]hối|[Cc]ụm|KHỐI|CỤM)\s+[^()]{3,80})\)|(?:\s+[-–—]|\s*:)\s+(?![Kk]hối\s+(?:trưởng|phó)|KHỐI\s+(?:TRƯỞNG|PHÓ)|[Cc]ụm\s+(?:trưởng|phó)|CỤM\s+(?:TRƯỞNG|PHÓ))(?<d>(?:[Kk]hối|[Cc]ụm|KHỐI|CỤM)\s+[^()|;.]{3,80}))")]
    private static partial Regex Descriptor();

    [GeneratedRegex(@"\b(?<k>khoi|cum)\s+(?:thi\s+dua\s+(?!so\b|\d)|(?=cac\s))")]
    private static partial Regex Named();

    [GeneratedRegex(@"\G\s*(?:\([^()]{0,100}\)\s*)?[\s,]*(?:cua\s+|thuoc\s+)?(?:tinh|thanh pho|tp\.?)\s+")]
    private static partial Regex ProvinceCue();

    // "Cụm thi đua các xã, phường": every cluster of the communes, not one of them ("Khối các cơ quan Đảng" is one).
    [GeneratedRegex(@"^cac(?:[\s,]+(?:va|xa|phuong|thi tran|huyen|thanh pho|thi xa|don vi|so|ban|nganh|doanh nghiep))+$")]
    private static partial Regex Plural();

    [GeneratedRegex(@"^nam\s+20\d\d\b")]
    private static partial Regex YearAfter();
}
