using System.Text.RegularExpressions;

namespace KtdBot.Answering;

/// <summary>
/// A question asked in English is read in Vietnamese, so it is answered like any other (and in Vietnamese): its phrases
/// are replaced by the Vietnamese words the knowledge base is written in. A data table, read longest phrase first.
/// </summary>
internal static partial class EnglishQuestion
{
    private static readonly (string English, string Vietnamese)[] Phrases =
    [
        ("the year before", "năm trước"), ("the previous year", "năm trước"), ("the year after", "năm sau"), ("the next year", "năm sau"),
        ("last year", "năm ngoái"), ("this year", "năm nay"), ("member associations", "hội thành viên"), ("member units", "đơn vị thành viên"),
        ("does it have", "khối đó có"), ("do they have", "khối đó có"), ("and", "còn"),
        ("no.", "số"), ("number", "số"), ("did it hold", "khối đó tổ chức"), ("was held", "được tổ chức"), ("hold", "tổ chức"), ("held", "tổ chức"), ("emulation bloc", "khối thi đua"), ("emulation cluster", "cụm thi đua"), ("emulation movement", "phong trào thi đua"),
        ("emulation campaign", "phong trào thi đua"), ("campaign", "phong trào"), ("movement", "phong trào"), ("bloc leader", "khối trưởng"), ("deputy leader", "khối phó"),
        ("which units", "những đơn vị nào"), ("which unit", "đơn vị nào"), ("what units", "những đơn vị nào"), ("who led", "ai làm khối trưởng"),
        ("who leads", "ai làm khối trưởng"), ("who was the leader", "ai làm khối trưởng"), ("who is the leader", "ai làm khối trưởng"),
        ("how much", "bao nhiêu"), ("how many", "bao nhiêu"), ("cash reward", "tiền thưởng"), ("reward", "tiền thưởng"),
        ("base salary", "mức lương cơ sở"), ("criteria", "tiêu chuẩn"), ("requirements", "tiêu chuẩn"), ("standards", "tiêu chuẩn"),
        ("who launched", "ai phát động"), ("launched", "phát động"), ("how to join", "tham gia thế nào"), ("take part", "tham gia"),
        ("who are its members", "khối đó gồm những đơn vị nào"), ("what are its members", "khối đó gồm những đơn vị nào"),
        ("its members", "thành viên khối đó"), ("list members of", "thành viên"), ("members", "thành viên"), ("member", "thành viên"), ("belong to", "thuộc"), ("belongs to", "thuộc"), ("which bloc", "khối nào"),
        ("award", "khen thưởng"), ("awards", "khen thưởng"), ("certificate of merit", "bằng khen"), ("emulation flag", "cờ thi đua"),
        ("emulation fighter", "chiến sĩ thi đua"), ("advanced worker", "lao động tiên tiến"), ("law on emulation and commendation", "luật thi đua, khen thưởng"),
        ("decree", "nghị định"), ("decision", "quyết định"), ("take effect", "có hiệu lực"), ("took effect", "có hiệu lực"), ("come into force", "có hiệu lực"), ("in force", "có hiệu lực"), ("effective", "có hiệu lực"), ("review conference", "hội nghị tổng kết"),
        ("eliminate temporary and dilapidated houses", "xóa nhà tạm, nhà dột nát"), ("temporary and dilapidated houses", "nhà tạm, nhà dột nát"),
        ("temporary houses", "nhà tạm"), ("for the poor", "vì người nghèo"), ("new rural areas", "nông thôn mới"), ("new countryside", "nông thôn mới"),
        ("red cross society", "Hội Chữ thập đỏ"), ("red cross", "Hội Chữ thập đỏ"), ("farmers' association", "Hội Nông dân"), ("farmers association", "Hội Nông dân"),
        ("women's union", "Hội Liên hiệp Phụ nữ"), ("veterans' association", "Hội Cựu chiến binh"), ("youth union", "Đoàn Thanh niên"), ("fatherland front", "Mặt trận Tổ quốc"),
        ("provincial police", "Công an tỉnh"), ("border guard", "Bộ đội Biên phòng"),
        ("cash bonus", "tiền thưởng"), ("bonus", "tiền thưởng"), ("prize money", "tiền thưởng"), ("comes with", "của"), ("title", "danh hiệu"),
        ("currently applies", "đang có hiệu lực"), ("currently in force", "đang có hiệu lực"), ("still valid", "còn hiệu lực"), ("still in force", "còn hiệu lực"),
        ("is still the guiding circular", "còn hiệu lực"), ("guiding circular", "thông tư hướng dẫn"), ("circular", "thông tư"), ("since when", "từ khi nào"),
        ("which law", "luật nào"), ("what model", "mô hình gì"), ("model", "mô hình"), ("run", "thực hiện"), ("did", "đã"),
        ("how many articles", "bao nhiêu điều"), ("how many chapters", "bao nhiêu chương"), ("chaired", "chủ trì"), ("signed", "ký"),
        ("when", "khi nào"), ("where", "ở đâu"), ("who", "ai"), ("what", "gì"), ("bloc", "khối"), ("cluster", "cụm"), ("leader", "khối trưởng"),
        ("deputy", "khối phó"), ("province", "tỉnh"), ("who led it", "ai làm khối trưởng khối đó"), ("its", "đó"), ("it", "đó"),
    ];

    // Longest first, so "law on emulation and commendation" is read whole before "and" is.
    private static readonly (string English, string Vietnamese)[] Longest = [.. Phrases.OrderByDescending(p => p.English.Length)];

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "what", "how", "when", "where", "is", "are", "was", "were", "the", "of", "does", "did", "many", "much", "it", "its", "led",
        "and", "before", "after", "have", "has", "year", "list", "show", "tell", "me", "please", "pls", "give", "that", "with", "since", "in", "on", "to", "a", "an", "for", "from", "by", "at", "still", "not", "only", "also", "be", "been", "will", "can", "should", "must", "this", "these", "there", "about", "why",
    };

    // English words that are Vietnamese syllables typed without marks too ("CÔNG AN" typed "CONG AN"): they do not tell the language.
    private static readonly HashSet<string> VietnameseToo = new(StringComparer.OrdinalIgnoreCase) { "an", "to", "a", "in", "on", "at", "me", "the", "has" };

    /// <summary>The question in Vietnamese words when it reads as English; otherwise as typed.</summary>
    public static string Translate(string text)
    {
        var typed = Word().Matches(text).Select(m => m.Value).ToList();
        // English words, with perhaps a Vietnamese name or two ("Cà Mau"): not a Vietnamese sentence with an English word.
        if (typed.Where(w => FunctionWords.Contains(w) && !VietnameseToo.Contains(w)).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2 || typed.Count(w => w.Any(c => c > '\u007f')) * 3 > typed.Count)
        {
            return text;
        }

        // "in 2024" is a year; "and in 2025?" a follow-up about another year.
        var result = " " + Year().Replace(AndYear().Replace(text.ToLowerInvariant(), "còn năm $1"), "năm $1") + " ";
        foreach (var (english, vietnamese) in Longest)
        {
            result = Regex.Replace(result, $@"(?<=[^\p{{L}}]){Regex.Escape(english)}(?=[^\p{{L}}])", vietnamese);
        }

        // What is left of the English grammar ("the", "of", "in") would count as words the answer must hold.
        var words = Word().Replace(result, m => FunctionWords.Contains(m.Value) && m.Value.All(char.IsAscii) ? string.Empty : m.Value);
        return Spaces().Replace(words, " ").Trim();
    }

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\band in (\d{4})\b")]
    private static partial Regex AndYear();

    [GeneratedRegex(@"\b(?:in|for|of) (\d{4})\b")]
    private static partial Regex Year();
}
