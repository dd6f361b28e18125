using KtdBot.Knowledge;

namespace KtdBot.Answering;

/// <summary>Vietnamese provinces and centrally-run cities, folded, so a question's place can be checked against the data.</summary>
public static class Provinces
{
    // Names before and after the 2025 mergers; people still use both.
    private static readonly string[][] Names =
    [
        .. new[]
        {
            "ha noi", "ho chi minh", "sai gon", "hai phong", "da nang", "can tho", "hue", "thua thien hue", "an giang", "ba ria vung tau",
            "bac giang", "bac kan", "bac lieu", "bac ninh", "ben tre", "binh dinh", "binh duong", "binh phuoc", "binh thuan", "ca mau",
            "cao bang", "dak lak", "dak nong", "dien bien", "dong nai", "dong thap", "gia lai", "ha giang", "ha nam", "ha tinh",
            "hai duong", "hau giang", "hoa binh", "hung yen", "khanh hoa", "kien giang", "kon tum", "lai chau", "lam dong", "lang son",
            "lao cai", "long an", "nam dinh", "nghe an", "ninh binh", "ninh thuan", "phu tho", "phu yen", "quang binh", "quang nam",
            "quang ngai", "quang ninh", "quang tri", "soc trang", "son la", "tay ninh", "thai binh", "thai nguyen", "thanh hoa",
            "tien giang", "tra vinh", "tuyen quang", "vinh long", "vinh phuc", "yen bai",
        }.Select(n => n.Split(' ')),
    ];

    // The 2025 mergers (Nghị quyết 202/2025/QH15, from 1/7/2025): each old province and the one that took its name.
    private static readonly Dictionary<string, string> MergedInto = new(StringComparer.Ordinal)
    {
        ["ha giang"] = "tuyen quang", ["yen bai"] = "lao cai", ["bac kan"] = "thai nguyen", ["vinh phuc"] = "phu tho",
        ["hoa binh"] = "phu tho", ["bac giang"] = "bac ninh", ["thai binh"] = "hung yen", ["hai duong"] = "hai phong",
        ["ha nam"] = "ninh binh", ["nam dinh"] = "ninh binh", ["quang binh"] = "quang tri", ["quang nam"] = "da nang",
        ["kon tum"] = "quang ngai", ["binh dinh"] = "gia lai", ["ninh thuan"] = "khanh hoa", ["dak nong"] = "lam dong",
        ["binh thuan"] = "lam dong", ["phu yen"] = "dak lak", ["binh duong"] = "ho chi minh", ["ba ria vung tau"] = "ho chi minh",
        ["binh phuoc"] = "dong nai", ["long an"] = "tay ninh", ["soc trang"] = "can tho", ["hau giang"] = "can tho",
        ["ben tre"] = "vinh long", ["tra vinh"] = "vinh long", ["tien giang"] = "dong thap", ["bac lieu"] = "ca mau",
        ["kien giang"] = "an giang",
    };

    /// <summary>
    /// True when the two provinces are one since the 2025 mergers: "Bình Định" and "Gia Lai" are, "Kon Tum" and "Gia
    /// Lai" are not. A unit of old Bình Định may be found under new Gia Lai's blocs.
    /// </summary>
    public static bool OneSinceMerger(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        var (left, right) = (Now(a), Now(b));
        return string.Equals(left, right, StringComparison.Ordinal);

        static string Now(string name)
        {
            var folded = string.Join(' ', NameMatcher.Syllables(name));
            return MergedIntoOf(folded) ?? folded;
        }
    }

    /// <summary>The folded name of the province a folded old one merged into in 2025; null when it did not merge away.</summary>
    internal static string? MergedIntoOf(string folded) => MergedInto.TryGetValue(folded, out var into) ? into : null;

    /// <summary>Every province name known, folded and split into syllables.</summary>
    internal static IReadOnlyList<string[]> FoldedNames => Names;

    /// <summary>Folded names of the provinces the question mentions.</summary>
    public static IReadOnlyList<string> Mentioned(IReadOnlyList<string> query, KnowledgeBase knowledge)
    {
        var found = new List<string>();
        foreach (var name in Names.Concat(knowledge.Blocs.Where(b => b.Province is not null).Select(b => NameMatcher.Syllables(b.Province!))))
        {
            if (Contains(query, name))
            {
                var folded = string.Join(' ', name);
                if (!found.Contains(folded, StringComparer.Ordinal))
                {
                    found.Add(folded);
                }
            }
        }

        return found;
    }

    // Exact syllables only: place names are short, and fuzzy matching would confuse "ha nam" and "ha noi".
    private static bool Contains(IReadOnlyList<string> query, string[] name)
    {
        for (var i = 0; i + name.Length <= query.Count; i++)
        {
            var all = true;
            for (var k = 0; k < name.Length && all; k++)
            {
                all = string.Equals(query[i + k], name[k], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Unit names as people say them.</summary>
public static class UnitNames
{
    /// <summary>"Hội Khuyến học tỉnh" → "Hội Khuyến học"; "Viện Kiểm sát nhân dân tỉnh Cà Mau" → "Viện Kiểm sát nhân dân".</summary>
    public static string Core(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            if (Citations.Folded(words[i]) == "tinh")
            {
                return string.Join(' ', words.Take(i));
            }
        }

        return name;
    }
}
