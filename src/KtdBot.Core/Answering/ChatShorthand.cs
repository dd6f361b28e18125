using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>
/// Rewrites the shorthand people type in chat into the words the knowledge base is written in ("k8" → "khối 8",
/// "ko" → "không", "cq" → "cơ quan", "nđ 152" → "nghị định 152") and drops greetings and fillers ("ad ơi",
/// "cho em hỏi") that would otherwise count as words the answer must contain.
/// A shorthand the knowledge base itself uses ("UBND", "CSTĐ", "MTTQ") is left as typed: there it is a name.
/// </summary>
internal static partial class ChatShorthand
{
    // Folded shorthand → what it stands for.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["ko"] = "không", ["k"] = "không", ["bn"] = "bao nhiêu", ["bnhieu"] = "bao nhiêu", ["z"] = "vậy", ["khg"] = "không", ["hok"] = "không", ["hk"] = "không",
        ["dc"] = "được", ["j"] = "gì", ["ji"] = "gì", ["ntn"] = "như thế nào", ["trc"] = "trước", ["vs"] = "với",
        ["mk"] = "mình", ["mik"] = "mình", ["mjk"] = "mình", ["e"] = "em", ["ng"] = "người", ["sl"] = "số lượng", ["vd"] = "ví dụ",
        ["cq"] = "cơ quan", ["dv"] = "đơn vị", ["tp"] = "thành phố", ["tw"] = "trung ương",
        ["ktd"] = "khối thi đua", ["td"] = "thi đua", ["tdkt"] = "thi đua, khen thưởng",
        ["cstd"] = "chiến sĩ thi đua", ["cstdcs"] = "chiến sĩ thi đua cơ sở", ["cstdtq"] = "chiến sĩ thi đua toàn quốc", ["ld"] = "lao động", ["ldtt"] = "lao động tiên tiến", ["xs"] = "xuất sắc",
        ["ttld"] = "tập thể lao động", ["ttldxs"] = "tập thể lao động xuất sắc", ["ttldtt"] = "tập thể lao động tiên tiến",
        ["bk"] = "bằng khen", ["gk"] = "giấy khen", ["hcld"] = "huân chương lao động",
        ["ccb"] = "cựu chiến binh", ["hnd"] = "hội nông dân", ["hlhpn"] = "hội liên hiệp phụ nữ", ["pn"] = "phụ nữ",
        ["ldld"] = "liên đoàn lao động", ["mttq"] = "mặt trận tổ quốc", ["ubnd"] = "ủy ban nhân dân", ["hdnd"] = "hội đồng nhân dân",
        ["bdbp"] = "bộ đội biên phòng", ["vksnd"] = "viện kiểm sát nhân dân", ["tand"] = "tòa án nhân dân",
        ["bhxh"] = "bảo hiểm xã hội", ["khdt"] = "kế hoạch và đầu tư", ["gddt"] = "giáo dục và đào tạo", ["ldtbxh"] = "lao động - thương binh và xã hội",
        ["vhttdl"] = "văn hóa, thể thao và du lịch", ["khcn"] = "khoa học và công nghệ", ["tnmt"] = "tài nguyên và môi trường",
        ["nnptnt"] = "nông nghiệp và phát triển nông thôn", ["nnmt"] = "nông nghiệp và môi trường", ["gtvt"] = "giao thông vận tải",
        ["bchqs"] = "bộ chỉ huy quân sự", ["ctd"] = "chữ thập đỏ", ["lhpn"] = "liên hiệp phụ nữ",
    };

    // Shorthand that names a kind of legal document only when a number follows ("nđ 152", "tt 15/2025").
    private static readonly Dictionary<string, string> BeforeNumber = new(StringComparer.Ordinal)
    {
        ["nd"] = "nghị định", ["tt"] = "thông tư", ["qd"] = "quyết định", ["k"] = "khối",
    };

    // Greetings and politeness that carry no subject (folded syllables). A phrase with "hoi" goes only where it opens the
    // question or is typed "hỏi": "khen thưởng cho hội nào" folds to "cho hoi nao" too.
    private static readonly string[][] Fillers =
    [
        .. new[]
        {
            "cho em hoi", "cho minh hoi", "cho toi hoi", "cho chau hoi", "cho con hoi", "cho hoi", "em muon hoi", "minh muon hoi",
            "toi muon hoi", "em hoi", "xin hoi", "xin chao", "chao ad", "chao ban", "chao bot", "ad oi", "admin oi", "bot oi",
            "ban oi", "lam on", "giup em voi", "giup minh voi", "giup em", "giup minh", "giup toi", "ad", "admin",
        }.Select(f => f.Split(' ')),
    ];

    /// <summary>What a folded shorthand word stands for, folded and split into syllables ("cstdcs" → chien si thi dua co so), or null.</summary>
    internal static string[]? Meaning(string folded) =>
        Words.TryGetValue(folded, out var meaning) || BeforeNumber.TryGetValue(folded, out meaning)
            ? VietnameseText.Fold(meaning).Replace(",", string.Empty, StringComparison.Ordinal).Split(' ')
            : null;

    /// <summary>The question with shorthand spelled out and fillers removed.</summary>
    /// <param name="text">The question as typed.</param>
    /// <param name="knows">True for folded syllables the knowledge base uses.</param>
    public static string Expand(string text, Func<string, bool> knows)
    {
        var words = WordPattern().Matches(text).Select(m => (m.Index, m.Length, Folded: VietnameseText.Fold(m.Value).ToLowerInvariant())).ToList();
        // Spelled out the way the rest is typed: with marks only if the question has them, so a question typed without
        // diacritics stays one (later steps read unmarked words as possibly unmarked "năm", "đang"…).
        var typedWithMarks = VietnameseText.HasDiacritics(text);
        var builder = new StringBuilder(text.Length + 16);
        var copied = 0;
        var opening = true;
        for (var i = 0; i < words.Count; i++)
        {
            var (index, length, folded) = words[i];
            var filler = Fillers.FirstOrDefault(f => StartsAt(words, i, f)
                && (f.Length > 1 || !knows(folded))
                && (!f.Contains("hoi") || opening || AsTyped(text, words, i, f).Contains("hỏi", StringComparison.OrdinalIgnoreCase)));
            if (filler is null && text.AsSpan(index, length) is "ạ" or "nhé")
            {
                filler = [folded];
            }

            string? replacement = null;
            var span = 1;
            if (filler is not null)
            {
                replacement = string.Empty;
                span = filler.Length;
            }
            else if (BlocNumber().Match(folded) is { Success: true } bloc)
            {
                replacement = $"khối {bloc.Groups["n"].Value}";
            }
            else if (BeforeNumber.TryGetValue(folded, out var document) && i + 1 < words.Count && char.IsDigit(words[i + 1].Folded[0]) && !knows(folded))
            {
                replacement = document;
            }
            else if (Words.TryGetValue(folded, out var word) && !knows(folded))
            {
                replacement = word;
            }

            opening = opening && replacement == string.Empty;
            if (replacement is null)
            {
                continue;
            }

            var end = words[i + span - 1].Index + words[i + span - 1].Length;
            builder.Append(text, copied, index - copied).Append(typedWithMarks ? replacement : VietnameseText.Fold(replacement));
            copied = end;
            i += span - 1;
        }

        if (copied == 0)
        {
            return text;
        }

        var joined = SpacePattern().Replace(builder.Append(text, copied, text.Length - copied).ToString(), " ");
        var expanded = SpaceBeforePunctuation().Replace(joined, "$1").Trim(' ', ',');
        return WordPattern().IsMatch(expanded) ? expanded : text;
    }

    private static bool StartsAt(List<(int Index, int Length, string Folded)> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[start + k].Folded, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string AsTyped(string text, List<(int Index, int Length, string Folded)> words, int start, string[] phrase)
    {
        var end = words[start + phrase.Length - 1].Index + words[start + phrase.Length - 1].Length;
        return text[words[start].Index..end];
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    // "k8", "kt8", "ktd8", "khoi8": a bloc's number glued to its abbreviation.
    [GeneratedRegex(@"^(?:k|kt|ktd|khoi)(?<n>\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex BlocNumber();

    [GeneratedRegex(@" {2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@" +([?.!,;:])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforePunctuation();
}
