using System.Text.RegularExpressions;

namespace KtdBot.Answering;

/// <summary>
/// A question asked in English is read in Vietnamese, so it is answered like any other (and in Vietnamese): its phrases
/// are replaced by the Vietnamese words the knowledge base is written in. A data table; longest phrases first.
/// </summary>
internal static partial class EnglishQuestion
{
    private static readonly (string English, string Vietnamese)[] Phrases =
    [
        ("the year before", "năm trước"), ("the previous year", "năm trước"), ("the year after", "năm sau"), ("the next year", "năm sau"),
        ("last year", "năm ngoái"), ("this year", "năm nay"), ("member associations", "hội thành viên"), ("member units", "đơn vị thành viên"),
        ("does it have", "khối đó có"), ("do they have", "khối đó có"), ("and", "còn"),
        ("no.", "số"), ("number", "số"), ("did it hold", "khối đó tổ chức"), ("was held", "được tổ chức"), ("hold", "tổ chức"), ("held", "tổ chức"), ("emulation bloc", "khối thi đua"), ("emulation cluster", "cụm thi đua"), ("emulation movement", "phong trào thi đua"),
        ("emulation campaign", "phong trào thi đua"), ("bloc leader", "khối trưởng"), ("deputy leader", "khối phó"),
        ("which units", "những đơn vị nào"), ("which unit", "đơn vị nào"), ("what units", "những đơn vị nào"), ("who led", "ai làm khối trưởng"),
        ("who leads", "ai làm khối trưởng"), ("who was the leader", "ai làm khối trưởng"), ("who is the leader", "ai làm khối trưởng"),
        ("how much", "bao nhiêu"), ("how many", "bao nhiêu"), ("cash reward", "tiền thưởng"), ("reward", "tiền thưởng"),
        ("base salary", "mức lương cơ sở"), ("criteria", "tiêu chuẩn"), ("requirements", "tiêu chuẩn"), ("standards", "tiêu chuẩn"),
        ("who launched", "ai phát động"), ("launched", "phát động"), ("how to join", "tham gia thế nào"), ("take part", "tham gia"),
        ("who are its members", "khối đó gồm những đơn vị nào"), ("what are its members", "khối đó gồm những đơn vị nào"),
        ("its members", "thành viên khối đó"), ("list members of", "thành viên"), ("members", "thành viên"), ("member", "thành viên"), ("belong to", "thuộc"), ("belongs to", "thuộc"), ("which bloc", "khối nào"),
        ("award", "khen thưởng"), ("awards", "khen thưởng"), ("certificate of merit", "bằng khen"), ("emulation flag", "cờ thi đua"),
        ("emulation fighter", "chiến sĩ thi đua"), ("advanced worker", "lao động tiên tiến"), ("law on emulation and commendation", "luật thi đua, khen thưởng"),
        ("decree", "nghị định"), ("take effect", "có hiệu lực"), ("took effect", "có hiệu lực"), ("come into force", "có hiệu lực"), ("in force", "có hiệu lực"), ("effective", "có hiệu lực"), ("review conference", "hội nghị tổng kết"),
        ("when", "khi nào"), ("where", "ở đâu"), ("who", "ai"), ("what", "gì"), ("bloc", "khối"), ("cluster", "cụm"), ("leader", "khối trưởng"),
        ("deputy", "khối phó"), ("province", "tỉnh"), ("who led it", "ai làm khối trưởng khối đó"), ("its", "đó"), ("it", "đó"),
    ];

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "what", "how", "when", "where", "is", "are", "was", "were", "the", "of", "does", "did", "many", "much", "it", "its", "led",
        "and", "before", "after", "have", "has", "year", "list", "show", "tell", "me", "please", "pls", "give",
    };

    /// <summary>The question in Vietnamese words when it reads as English; otherwise as typed.</summary>
    public static string Translate(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        // English words, with perhaps a Vietnamese name or two ("Cà Mau"): not a Vietnamese sentence with an English word.
        if (words.Count(FunctionWords.Contains) < 2 || words.Count(w => w.Any(c => c > '\u007f')) * 3 > words.Count)
        {
            return text;
        }

        // "in 2024" is a year; "and in 2025?" a follow-up about another year.
        var result = " " + Year().Replace(AndYear().Replace(text.ToLowerInvariant(), "còn năm $1"), "năm $1") + " ";
        foreach (var (english, vietnamese) in Phrases)
        {
            result = Regex.Replace(result, $@"(?<=[^\p{{L}}]){Regex.Escape(english)}(?=[^\p{{L}}])", vietnamese);
        }

        return result.Trim();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\band in (\d{4})\b")]
    private static partial Regex AndYear();

    [GeneratedRegex(@"\b(?:in|for|of) (\d{4})\b")]
    private static partial Regex Year();
}
