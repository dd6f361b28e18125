using KtdBot.Text;

namespace KtdBot.Answering.Passages;

/// <summary>
/// What a sentence must show to answer the kind of question asked: a count of the thing asked, a date, a person or a
/// unit the question does not already name, an award, the year asked; and how a chosen unit is quoted.
/// </summary>
internal static partial class SentenceEvidence
{
    // A person's full name found in the sentence is strong evidence ("Ông Trần Minh Huấn giữ chức vụ gì?").
    internal static double Threshold(QuestionFrame q, string sentence)
    {
        var names = q.Names;
        return names.Count > 0 && names.All(n => sentence.Contains(n, StringComparison.Ordinal)) ? 0.4 : PassageSelector.MinimumCoverage;
    }

    internal static string? DocumentFact(AnswerType type, DocumentOutline? outline) => (type, outline?.Record) switch
    {
        (AnswerType.Signer, { Signer: { } signer } record) => Sentences.SignedBy(record.Name, signer),
        (AnswerType.Issued, { SignedOn: { } signed } record) => Sentences.SignedOn(record.Name, signed.Value, cited: false),
        _ => null,
    };

    // A unit as quoted: under the article it sits in, and an item with the lead-in that says what it is an item of.
    internal static string Quote(AnswerUnit unit, string? reference)
    {
        var text = unit is { Kind: UnitKind.Item, Lead: { Length: <= MaxLeadQuoted } lead } ? $"{lead.TrimEnd(':', ' ')}: {unit.Text.TrimEnd('.', ' ')}." : unit.Text;
        return ArticleReferences.Prefix(reference, text) + text;
    }

    internal const int MaxLeadQuoted = 220;

    internal static double AnswerTypeBonus(QuestionFrame q, Asking asking, string sentence) => q.Ask switch
    {
        AskKind.Figure when CountsTheUnit(q.Syllables, sentence) => 0.3,
        AskKind.Figure when sentence.Any(char.IsDigit) => 0.1,
        AskKind.When when sentence.Contains('/', StringComparison.Ordinal) || sentence.Contains("ngày", StringComparison.OrdinalIgnoreCase) => 0.15,
        AskKind.Who when PersonNames(sentence).Any() || FrameSlots.CapitalisedNames(" " + sentence).Any(StartsWithSurname) => 0.15,
        AskKind.Leader when NamesSomeoneNew(asking, sentence) => 0.15,
        AskKind.Procedure when sentence.Contains("hồ sơ", StringComparison.OrdinalIgnoreCase) || sentence.Contains("tờ trình", StringComparison.OrdinalIgnoreCase) => 0.2,
        _ when WantsList(q) && IsEnumeration(sentence) => 0.15,
        _ => 0,
    };

    // The kind of sentence the question wants, when one is available: a list, a count of the thing asked, a date.
    internal static bool FitsAnswerType(QuestionFrame q, bool wantsList, AnswerUnit unit) =>
        FitsAnswerType(q, wantsList || q.Ask is AskKind.Criteria or AskKind.HowTo, unit.Text, unit.Kind == UnitKind.List);

    internal static bool FitsAnswerType(QuestionFrame q, bool wantsList, string sentence, bool isList) =>
        wantsList ? isList || IsEnumeration(sentence)
        : q.Ask == AskKind.Figure ? CountsTheUnit(q.Syllables, sentence)
        : q.Ask == AskKind.When && sentence.Contains('/', StringComparison.Ordinal);

    internal static readonly string[] MoneyWords = ["trieu", "ty", "ti", "nghin", "ngan", "dong"];

    // "bao nhiêu hộ nghèo" is answered by "115 hộ nghèo", "bao nhiêu tiền" by "625 triệu đồng"; a bare number
    // elsewhere in the sentence is not the answer.
    internal static bool CountsTheUnit(IReadOnlyList<string> question, string sentence)
    {
        var at = -1;
        for (var i = 0; i < question.Count; i++)
        {
            if ((question[i] == "bao" && i + 1 < question.Count && question[i + 1] == "nhieu") || question[i] == "may")
            {
                at = question[i] == "may" ? i + 1 : i + 2;
                break;
            }
        }

        var tokens = Tokenizer.Syllables(sentence).Select(t => t.Folded).ToList();
        if (at < 0 || at >= question.Count)
        {
            return tokens.Any(t => char.IsDigit(t[0]));
        }

        var unit = question.Skip(at).Take(2).ToList();
        var money = unit[0] is "tien" or "kinh";
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!char.IsDigit(tokens[i][0]))
            {
                continue;
            }

            if (money ? MoneyWords.Contains(tokens[i + 1]) : tokens.Skip(i + 1).Take(unit.Count).SequenceEqual(unit) || (unit.Count > 1 && tokens[i + 1] == unit[0] && IsLast(question, at)))
            {
                return true;
            }
        }

        return false;
    }

    // "bao nhiêu căn?" ends with the unit word: one syllable is then the whole unit.
    internal static bool IsLast(IReadOnlyList<string> question, int at) => at == question.Count - 1;

    internal static readonly string[] BackReferences = [" này", " đó", " trên", " ấy"];

    internal static bool RefersBack(string sentence)
    {
        if (QuestionForms.Concludes(sentence))
        {
            return true;
        }

        var firstClause = sentence.Split([',', ';', ':'], 2)[0];
        return firstClause.Length < 80 && BackReferences.Any(r => firstClause.Contains(r, StringComparison.Ordinal));
    }

    internal static bool IsEnumeration(string sentence) =>
        sentence.Count(c => c is '“' or '"') >= 4 || sentence.Count(c => c == ';') >= 2;

    // "những phong trào nào", "các đơn vị nào": the answer is an enumeration.
    internal static bool WantsList(QuestionFrame q) =>
        q.Syllables.Contains("nao", StringComparer.Ordinal) && q.Syllables.Any(s => s is "nhung" or "cac");

    // "Who" is answered by a person or a unit the question does not already name, or, when the question names a
    // person ("Bà Nguyễn Thị Phúc là ai?"), by a sentence about that person.
    internal static bool NamesSomeoneNew(Asking asking, string sentence)
    {
        bool IsNew(string name) => !asking.Names.Any(a => a.Contains(name, StringComparison.Ordinal) || name.Contains(a, StringComparison.Ordinal));
        var runs = FrameSlots.CapitalisedNames(" " + sentence);
        return PersonNames(sentence).Any(IsNew)
            || runs.Any(n => StartsWithSurname(n) && n.Contains(' ', StringComparison.Ordinal) && IsNew(n))
            || (!asking.ForAPerson && runs.Any(n => OrganisationWords.Contains(n.Split(' ')[0]) && n.Contains(' ', StringComparison.Ordinal) && IsNew(n)))
            || (!asking.ForAPerson && asking.ForALeader && runs.Any(n => n.Contains(' ', StringComparison.Ordinal) && IsNew(n)))
            || asking.Names.Any(a => StartsWithSurname(a) && sentence.Contains(a, StringComparison.Ordinal))
            || (asking.WhoHoldsARole && RoleTitles.Any(t => sentence.Contains(t, StringComparison.Ordinal) && !asking.Question.Contains(t, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>What a "who" question already says, read once per question rather than once per sentence.</summary>
    /// <param name="Names">Capitalised names the question gives.</param>
    /// <param name="ForAPerson">"Ai là Chủ tịch…", "giám đốc … tên gì": a person is wanted; "bàn giao cho ai" may be answered by a unit.</param>
    /// <param name="ForALeader">"… khối trưởng / cụm trưởng …": the unit is often named by its place alone ("UBND huyện Tây Giang").</param>
    /// <param name="WhoHoldsARole">"Ai làm Trưởng ban…?" can be answered by a position ("một đồng chí Phó Giám đốc"); "… tên gì?" cannot.</param>
    internal sealed record Asking(string Question, List<string> Names, bool ForAPerson, bool ForALeader, bool WhoHoldsARole)
    {
        public static Asking Of(string question)
        {
            // Folded syllables between spaces, so a phrase matches whole syllables: " ba " is not found in " ban ".
            var folded = " " + string.Join(' ', NameMatcher.Syllables(question)) + " ";
            return new Asking(
                question,
                FrameSlots.CapitalisedNames(question),
                PersonTitles.Any(t => folded.Contains($" {t} ", StringComparison.Ordinal)),
                folded.Contains(" khoi truong ", StringComparison.Ordinal) || folded.Contains(" cum truong ", StringComparison.Ordinal),
                RoleQuestionCues.Any(c => folded.Contains(c, StringComparison.Ordinal)) && !folded.Contains(" ten ", StringComparison.Ordinal));
        }
    }

    internal static readonly string[] RoleQuestionCues = [" ai lam ", " ai giu ", " ai phu trach ", " ai dung dau ", " do ai "];

    internal static readonly string[] RoleTitles = ["Chủ tịch", "Phó Chủ tịch", "Bí thư", "Giám đốc", "Phó Giám đốc", "Trưởng ban", "Phó Trưởng ban", "Chính ủy", "Chỉ huy trưởng"];

    // An award answer says who is proposed for what; a leader answer for 2025 is not a sentence about 2024 only.
    internal static bool TalksAboutAwards(string sentence) =>
        AwardWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));

    internal static readonly string[] AwardWords = ["khen", "tặng", "cờ thi đua", "danh hiệu", "huân chương", "suy tôn"];

    internal static bool NamesOtherYearOnly(string sentence, int year)
    {
        var years = YearInSentence().Matches(sentence).Select(m => m.Value).ToList();
        return years.Count > 0 && !years.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)20\d\d(?!\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    internal static partial System.Text.RegularExpressions.Regex YearInSentence();

    internal static readonly string[] PersonTitles =
    [
        "chu tich", "giam doc", "bi thu", "truong ban", "pho ban", "chinh uy", "tu lenh", "chi huy truong", "ten gi", "ho ten", "ong", "ba", "nguoi",
        "dong chi", "tac gia", "phong vien",
    ];

    internal static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Hội", "Ban", "Sở", "Ủy", "Uỷ", "UBND", "Công", "Liên", "Đoàn", "Mặt", "MTTQ", "Bộ", "Phòng", "Trung", "Tỉnh", "Huyện", "Cục", "Chi", "Báo", "Đảng", "Khối", "Cụm",
    };

    // A title alone ("một đồng chí Phó Giám đốc") names nobody: a person is a title or "ông"/"bà" followed by a
    // capitalised name, or a run of capitalised words led by a Vietnamese family name.
    internal static IEnumerable<string> PersonNames(string sentence) =>
        PersonPattern().Matches(sentence).Select(m => m.Groups["name"].Value).Where(n => !TitleWords.Contains(n.Split(' ')[0]));

    internal static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Phó", "Giám", "Chủ", "Trưởng", "Bí", "Chính", "Tư", "Chỉ", "Thường", "Ủy", "Uỷ", "Đại", "Thượng", "Trung", "Thiếu", "Tổng", "Cán", "Hội", "Ban",
    };

    internal static bool StartsWithSurname(string name) => Surnames.Contains(name.Split(' ')[0]);

    internal static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào",
        "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai", "Tô", "Hà", "Tạ", "Châu", "Lưu", "Lương", "Quách", "Thái", "Cao",
        "Kiều", "Đinh", "Lại", "Triệu", "Tăng", "Diệp", "Chu", "Thân", "Mạc", "Tôn", "Từ", "Hứa", "Nông", "Âu", "Kim", "Lò", "Danh", "Thạch",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:ông|bà|anh|chị|đồng chí|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thiếu tướng|Trung tướng)\s+)(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,3})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    internal static partial System.Text.RegularExpressions.Regex PersonPattern();
}
