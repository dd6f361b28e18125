using KtdBot.Text;

namespace KtdBot.Answering.Passages;

/// <summary>The words of a question that shape it rather than name its subject, and how its words are compared with a passage's.</summary>
internal static class QuestionWords
{
    // Words capitalised inside the question are names and match as typed: "phía Nam" is not "năm", "Nam Đàn" neither.
    internal static HashSet<string> CapitalisedWords(string query)
    {
        var words = query.Split([' ', ',', '?', '.', '!', ':', ';', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(1)
            .Where(w => char.IsUpper(w[0]) && w.Skip(1).All(c => !char.IsUpper(c)))
            .Select(w => Tokenizer.Syllables(w).FirstOrDefault().Accented)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    // In a question typed with marks every word is read as typed: "Nam" (south) is not "năm", "Đảng" is not "đang".
    internal static bool IsStop(Token t, bool typedWithMarks) => typedWithMarks ? AccentedStops.Contains(t.Accented) : StopSyllables.Contains(t.Folded);

    // Function words and question words: they shape the question, not its subject.
    internal static readonly HashSet<string> AccentedStops = new(StringComparer.Ordinal)
    {
        "ai", "gì", "nào", "đâu", "bao", "nhiêu", "mấy", "sao", "thế", "như", "là", "không", "được", "của", "và", "các", "những",
        "cho", "tôi", "mình", "bạn", "ơi", "à", "ạ", "nhỉ", "vậy", "hả", "xin", "biết", "thì", "ở", "tại", "trong", "với", "đến", "về",
        "khi", "năm", "nay", "này", "đó", "do", "ấy", "hay", "giúp", "em", "anh", "chị", "cái", "nhé", "rồi", "đã", "đang", "sẽ", "bị",
        "bởi", "từ", "ra", "vào", "lên", "làm", "muốn", "cần", "phải", "một", "người", "có", "gồm", "ông", "bà", "hiện", "lúc", "theo",
        "giữ", "chức", "vụ",
    };

    // "Còn … thì sao?": the words that make a follow-up, not its subject.
    internal static readonly HashSet<string> FollowUpWords = new(StringComparer.Ordinal) { "con", "sao", "vay", "the", "nua" };

    internal static readonly HashSet<string> StopSyllables = AccentedStops.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);

    // Words every bloc question shares; what is left names the bloc ("phía Nam", "các cơ quan Đảng").
    internal static readonly HashSet<string> GenericBlocWords =
    [
        "khối", "cụm", "thi", "đua", "trưởng", "phó", "tỉnh", "thành", "huyện", "đơn", "vị", "viên", "số", "năm", "nay", "này", "ban",
        "giao", "đề", "nghị", "khen", "thưởng", "tổng", "kết", "hội", "danh", "sách", "nhiệm", "kỳ", "mới", "nhất", "tiếp", "sau", "trước",
        "thuộc", "nằm", "sinh", "hoạt", "dẫn", "đầu", "đứng", "cờ", "bằng", "tặng", "bình", "xét", "bầu", "những", "gì",
    ];

    internal static readonly HashSet<string> FoldedGenericBlocWords = GenericBlocWords.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);

    internal static bool IsGenericBlocWord(Token t, bool typedWithMarks) =>
        typedWithMarks ? GenericBlocWords.Contains(t.Accented) : FoldedGenericBlocWords.Contains(t.Folded);

    // "mới nhất", typed with its marks, asks for the latest; without marks "nhat" may be "Nhật" and stays.
    internal static readonly HashSet<string> AccentedStopSyllables = new(StringComparer.Ordinal) { "mới", "nhất" };
    internal static bool Contains(List<string> syllables, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= syllables.Count; i++)
        {
            if (syllables.Skip(i).Take(phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool NamesBloc(List<string> syllables, int number)
    {
        var wanted = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < syllables.Count; i++)
        {
            if (syllables[i] is "khoi" or "cum")
            {
                for (var j = i + 1; j < Math.Min(syllables.Count, i + 5); j++)
                {
                    if (syllables[j] == wanted)
                    {
                        return true;
                    }

                    if (syllables[j] is not ("thi" or "dua" or "so"))
                    {
                        break;
                    }
                }
            }
        }

        return false;
    }

    internal static bool Same(Token query, Token text) =>
        query.HasDiacritics ? string.Equals(query.Accented, text.Accented, StringComparison.Ordinal) : string.Equals(query.Folded, text.Folded, StringComparison.Ordinal);

    // Adjacent pairs of the question's content words: "nguyên tắc khen thưởng" gives "nguyen tac", "tac khen", "khen thuong".
    internal static HashSet<(string, string)> Pairs(List<string> syllables) =>
        syllables.Zip(syllables.Skip(1)).ToHashSet();

    internal static int SharedPairs(HashSet<(string, string)> pairs, List<string> syllables) =>
        pairs.Count == 0 ? 0 : syllables.Zip(syllables.Skip(1)).Distinct().Count(pairs.Contains);
}
