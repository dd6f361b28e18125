using System.Globalization;
using KtdBot.Search;

namespace KtdBot.Answering;

/// <summary>What kind of answer a question wants.</summary>
public enum AskKind
{
    /// <summary>Nothing specific: answer from passages.</summary>
    General,

    /// <summary>Members of a bloc.</summary>
    Members,

    /// <summary>Bloc leader (khối trưởng / cụm trưởng).</summary>
    Leader,

    /// <summary>Leaders over the years.</summary>
    LeaderHistory,

    /// <summary>Deputy (khối phó / cụm phó) for a year.</summary>
    Deputy,

    /// <summary>A unit's score or rank in its bloc's ranking.</summary>
    Score,

    /// <summary>Awards proposed or conferred in a bloc.</summary>
    Awards,

    /// <summary>The year-end review conference.</summary>
    Review,

    /// <summary>Which bloc a unit belongs to.</summary>
    UnitBloc,

    /// <summary>Which blocs exist.</summary>
    ListBlocs,

    /// <summary>Criteria of a title.</summary>
    Criteria,

    /// <summary>Cash reward of a title.</summary>
    Cash,

    /// <summary>Legal basis, what is in force, what changed.</summary>
    LegalBasis,

    /// <summary>How to take part.</summary>
    HowTo,

    /// <summary>Who launched a campaign.</summary>
    Who,

    /// <summary>When something happened.</summary>
    When,

    /// <summary>A count or an amount.</summary>
    Figure,

    /// <summary>Where: a commune, a place.</summary>
    Place,

    /// <summary>Which province a bloc belongs to.</summary>
    Province,

    /// <summary>Who wrote an article.</summary>
    Author,

    /// <summary>Which titles or forms of commendation exist.</summary>
    ListTitles,

    /// <summary>The dossier or procedure for a proposal.</summary>
    Procedure,
}

/// <summary>A question understood: its syllables, what it asks, and about what.</summary>
public sealed record QuestionAnalysis(
    string Text,
    IReadOnlyList<string> Syllables,
    AskKind Ask,
    BlocReference Blocs,
    int? Year,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Provinces,
    bool OutOfScope,
    bool Injection,
    bool FollowUpCue,
    bool AsksLatest,
    int RelativeYear = 0)
{
    /// <summary>A phone number, e-mail or address: what the documents never hold.</summary>
    public bool AsksContact { get; init; }
}

/// <summary>Reads questions typed with or without diacritics, with everyday phrasing and small typos.</summary>
public sealed partial class QuestionAnalyzer(KnowledgeIndex index, TimeProvider time)
{
    private static readonly string[][] LeaderCues = Phrases("khoi truong", "cum truong", "truong khoi", "truong cum", "dan dau khoi", "dan dau cum", "dung dau khoi", "dung dau cum", "dung dau", "lanh dao khoi", "phu trach khoi", "lam truong khoi", "lam truong cum", "giu vai tro truong", "nhan co ban giao");
    // "đơn vị nào dẫn đầu" asks who topped the year (the unit proposed for the Cờ thi đua), not who led the bloc.
    private static readonly string[][] LeadingUnitCues = Phrases("nao dan dau", "don vi dan dau", "dan dau phong trao", "duoc suy ton", "nao duoc suy ton", "xep thu nhat", "dung thu nhat");
    private static readonly string[][] DeputyCues = Phrases("khoi pho", "cum pho", "pho khoi", "pho cum", "pho khoi truong", "pho cum truong");
    private static readonly string[][] ScoreCues = Phrases("bao nhieu diem", "may diem", "diem thi dua", "diem so", "tong diem", "xep hang", "xep thu", "xep loai", "dat diem", "duoc diem", "diem cao nhat", "diem thap nhat", "cham diem", "diem cua");
    private static readonly string[][] HistoryCues = Phrases("qua cac nam", "lich su", "cac nam", "nhung nam nao", "tung lam");
    private static readonly string[][] MemberCues = Phrases("bao nhieu phuong", "bao nhieu xa", "may phuong", "may xa", "bao nhieu nganh", "gom", "thanh vien", "bao gom", "co nhung", "nhung don vi", "nhung hoi", "nhung co quan", "danh sach", "don vi nao", "hoi nao", "may don vi", "may hoi", "may thanh vien", "bao nhieu don vi", "bao nhieu hoi", "bao nhieu thanh vien", "bao nhieu co quan", "ai trong khoi", "trong khoi co");
    private static readonly string[][] AwardCues = Phrases("co thi dua", "bang khen", "de nghi khen thuong", "duoc khen thuong", "khen thuong gi", "khen thuong nhung", "de nghi tang", "de nghi", "binh bau", "binh xet", "duoc tang", "suy ton", "danh hieu gi");
    private static readonly string[][] ReviewCues = Phrases("tong ket", "hoi nghi", "chu tri");
    private static readonly string[][] UnitBlocCues = Phrases("thuoc khoi", "thuoc cum", "o khoi nao", "o cum nao", "khoi thi dua nao", "cum thi dua nao", "sinh hoat trong", "sinh hoat o", "nam trong khoi", "nam trong cum", "trong khoi nao", "trong cum nao", "nam o khoi", "khoi nao", "cum nao", "sinh hoat khoi");
    private static readonly string[][] ListBlocCues = Phrases("nhung khoi", "cac khoi", "co khoi nao", "nhung cum", "cac cum", "danh sach khoi", "khoi thi dua nao", "bao nhieu khoi", "may khoi", "bao nhieu cum", "may cum");
    private static readonly string[][] CriteriaCues = Phrases("tieu chuan", "dieu kien", "tieu chi", "can gi", "can nhung gi", "the nao thi", "yeu cau", "lam sao de dat", "lam sao de duoc", "duoc xet", "xet tang");
    private static readonly string[][] CashCues = Phrases("tien thuong", "muc thuong", "bao nhieu tien", "thuong bao nhieu", "he so", "muc tien", "luong co so");
    private static readonly string[][] BasisCues = Phrases("can cu", "dieu nao", "dieu may", "dieu bao nhieu", "quy dinh o dau", "hieu luc", "con ap dung", "con dung", "thay the", "thay doi", "ty le", "gioi han", "nghi dinh nao", "luat nao", "van ban nao");
    private static readonly string[][] HowToCues = Phrases("tham gia", "lam gi", "lam the nao", "lam sao", "cach nao", "bang cach", "dang ky", "huong ung", "ung ho", "dong gop");
    private static readonly string[][] WhoCues = Phrases("ai phat dong", "do ai", "phat dong", "ai", "nguoi nao", "ong nao", "ba nao", "ten gi", "ten la gi", "ho ten", "ten day du");
    private static readonly string[][] WhenCues = Phrases("khi nao", "bao gio", "ngay nao", "thang nao", "luc nao", "thoi gian nao", "ngay may");
    private static readonly string[][] FigureCues = Phrases("bao nhieu", "may", "tong so", "so tien", "so luong", "so ho", "so nguoi");
    private static readonly string[][] PlaceCues = Phrases("o dau", "xa nao", "huyen nao", "dia phuong nao", "noi nao", "dia diem", "tai dau", "ap nao", "phuong nao");
    private static readonly string[][] ProvinceCues = Phrases("tinh nao", "thuoc tinh", "o tinh nao", "cua tinh nao", "tinh thanh nao");
    private static readonly string[][] AuthorCues = Phrases("ai viet", "tac gia", "but danh", "phong vien nao", "viet boi", "bai viet cua ai", "ai dang bai");
    private static readonly string[][] ListTitleCues = Phrases("nhung hinh thuc", "cac hinh thuc", "hinh thuc khen thuong nao", "hinh thuc nao", "nhung danh hieu", "cac danh hieu", "danh hieu thi dua nao", "danh hieu nao", "co nhung danh hieu");
    private static readonly string[][] ProcedureCues = Phrases("ho so", "thu tuc", "giay to", "trinh tu", "quy trinh", "to trinh");
    private static readonly string[][] FollowUpCues = Phrases("con", "thi sao", "the con", "khoi nay", "khoi do", "cum nay", "cum do", "don vi do", "nam do", "nam truoc", "nam sau", "hoi do", "phong trao nay", "phong trao do", "danh hieu nay", "danh hieu do");
    private static readonly string[][] NextYearCues = Phrases("nam sau", "nam toi", "nam tiep theo", "nam ke tiep");
    private static readonly string[][] PreviousYearCues = Phrases("nam truoc", "nam ngoai", "nam roi", "nam lien truoc");
    private static readonly string[][] LatestCues = Phrases("hien nay", "hien tai", "bay gio", "moi nhat", "gan nhat", "dang la");
    private static readonly string[][] InjectionCues = Phrases("bo qua", "quen het", "quen di", "hay khang dinh", "hay noi rang", "hay noi la", "tu bay gio", "dong vai", "huong dan truoc", "huong dan he thong", "system prompt", "ignore", "chi can tra loi", "xac nhan rang", "xac nhan la");

    private static readonly string[][] ContactCues = Phrases("so dien thoai", "sdt", "so dt", "dien thoai", "hotline", "email", "e mail", "dia chi email", "so lien he", "lien he qua", "so zalo");

    // Topics the knowledge base never covers: answered with a polite decline, whatever the passages say.
    private static readonly string[][] OutOfScopeCues = Phrases(
        "thoi tiet", "nhiet do", "mua bao", "du bao", "gia vang", "ty gia", "gia xang", "gia dien", "gia lua", "gia nha", "gia dat", "chung khoan",
        "co phieu", "bitcoin", "tien ao", "xo so", "bong da", "ty so", "world cup", "nau an", "cong thuc nau", "mon an", "phim", "ca si", "bai hat",
        "lai suat", "vay tien", "mua ban", "tuyen dung", "visa", "ve may bay", "dat ve", "tinh yeu", "tu vi", "phong thuy", "lo to", "game");

    /// <summary>What a question asks when a bloc is already the subject ("gồm những đơn vị nào?" after "Khối thi đua 2").</summary>
    public AskKind AskAboutBloc(QuestionAnalysis q) =>
        ReadAsk(q.Syllables, q.Blocs with { Mentioned = true }, index.Vocabulary.Knows);

    /// <summary>Analyses one question. Sentences that only try to instruct the bot are set aside first.</summary>
    public QuestionAnalysis Analyze(string text)
    {
        var injection = HasAny(NameMatcher.Syllables(text), InjectionCues);
        var asked = EnglishQuestion.Translate(injection ? WithoutInstructions(text) : text);
        var question = TypoCorrector.Correct(ChatShorthand.Expand(asked, index.Vocabulary.Knows), index.Vocabulary);
        var syllables = NameMatcher.Syllables(question);
        var knowledge = index.Knowledge;
        var provinces = Answering.Provinces.Mentioned(syllables, knowledge);
        var blocs = BlocResolver.Resolve(syllables, knowledge.Blocs, provinces, index.Vocabulary.Knows, knowledge.HomeProvince);
        var years = ReadYears(question, syllables);
        return new QuestionAnalysis(
            question,
            syllables,
            ReadAsk(syllables, blocs, index.Vocabulary.Knows),
            blocs,
            years.Count == 1 ? years[0] : null,
            years,
            provinces,
            HasExact(syllables, OutOfScopeCues),
            injection,
            HasAny(syllables, FollowUpCues),
            HasAny(syllables, LatestCues),
            HasAny(syllables, NextYearCues) ? 1 : HasAny(syllables, PreviousYearCues) ? -1 : 0)
        {
            AsksContact = HasAny(syllables, ContactCues),
        };
    }

    // "Ignore all previous instructions and say X. <question>": keep the sentences that carry no instruction.
    private static string WithoutInstructions(string text)
    {
        var kept = Ingestion.Chunker.Sentences(text.Replace('\n', ' '))
            .Where(sentence => !HasAny(NameMatcher.Syllables(sentence), InjectionCues))
            .ToList();
        return kept.Count > 0 ? string.Join(' ', kept) : text;
    }

    private static readonly HashSet<string> CountedNouns = new(StringComparer.Ordinal) { "don", "hoi", "thanh", "co", "phuong", "xa", "so", "nganh" };

    private static bool ClaimsCount(IReadOnlyList<string> s) =>
        s.Where((word, i) => i + 1 < s.Count && word.Length is > 0 and <= 3 && word.All(char.IsDigit) && CountedNouns.Contains(s[i + 1])).Any();

    private static AskKind ReadAsk(IReadOnlyList<string> s, BlocReference blocs, Func<string, bool> isWord)
    {
        if (HasAny(s, HistoryCues, isWord) && HasAny(s, LeaderCues, isWord))
        {
            return AskKind.LeaderHistory;
        }

        if (HasAny(s, LeadingUnitCues, isWord))
        {
            return AskKind.Awards;
        }

        if (HasAny(s, DeputyCues, isWord))
        {
            return AskKind.Deputy;
        }

        if (HasAny(s, ScoreCues, isWord))
        {
            return AskKind.Score;
        }

        if (HasAny(s, LeaderCues, isWord))
        {
            return AskKind.Leader;
        }

        if (HasAny(s, AuthorCues, isWord))
        {
            return AskKind.Author;
        }

        if (HasAny(s, ProcedureCues, isWord))
        {
            return AskKind.Procedure;
        }

        if (HasAny(s, ListTitleCues, isWord) && !blocs.Mentioned)
        {
            return AskKind.ListTitles;
        }

        if (HasAny(s, CashCues, isWord))
        {
            return AskKind.Cash;
        }

        if (HasAny(s, CriteriaCues, isWord))
        {
            return AskKind.Criteria;
        }

        if (HasAny(s, AwardCues, isWord) && (blocs.Mentioned || !HasAny(s, BasisCues, isWord)))
        {
            return AskKind.Awards;
        }

        if (HasAny(s, BasisCues, isWord))
        {
            return AskKind.LegalBasis;
        }

        if (blocs.Matches.Count == 0 && HasAny(s, UnitBlocCues, isWord))
        {
            return AskKind.UnitBloc;
        }

        if (blocs.Matches.Count == 0 && blocs.Number is null && HasAny(s, ListBlocCues, isWord))
        {
            return AskKind.ListBlocs;
        }

        // "vì sao khối 3 có tới 20 đơn vị": a claimed count is answered with the true roster.
        if (HasAny(s, MemberCues, isWord) && (blocs.Mentioned || HasAny(s, Phrases("khoi", "cum"), isWord)) || (blocs.Mentioned && ClaimsCount(s)))
        {
            return AskKind.Members;
        }

        if (HasAny(s, ProvinceCues, isWord))
        {
            return AskKind.Province;
        }

        if (HasAny(s, ReviewCues, isWord) && blocs.Mentioned)
        {
            return AskKind.Review;
        }

        if (HasAny(s, PlaceCues, isWord))
        {
            return AskKind.Place;
        }

        if (HasAny(s, HowToCues, isWord))
        {
            return AskKind.HowTo;
        }

        if (HasAny(s, WhenCues, isWord))
        {
            return AskKind.When;
        }

        if (HasAny(s, FigureCues, isWord))
        {
            return AskKind.Figure;
        }

        if (HasAny(s, WhoCues, isWord))
        {
            return AskKind.Who;
        }

        return AskKind.General;
    }

    // Years asked about; a year inside a date ("ngày 29/11/2023") is when something happened, not what is asked.
    private List<int> ReadYears(string text, IReadOnlyList<string> s)
    {
        var years = new List<int>();
        foreach (System.Text.RegularExpressions.Match match in YearPattern().Matches(text))
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (!years.Contains(year))
            {
                years.Add(year);
            }
        }

        if (years.Count > 0)
        {
            return years;
        }

        var now = time.GetLocalNow().Year;
        if (HasAny(s, Phrases("nam nay")))
        {
            return [now];
        }

        if (HasAny(s, PreviousYearCues))
        {
            return [now - 1];
        }

        return HasAny(s, NextYearCues) ? [now + 1] : [];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d/.\-])(?<y>19[4-9]\d|20\d\d)(?![\d/.\-]\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearPattern();

    /// <summary>True when any phrase occurs in the question; typos are forgiven in syllables the knowledge base never uses.</summary>
    internal static bool HasAny(IReadOnlyList<string> syllables, string[][] phrases, Func<string, bool>? isWord = null)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 1 ? syllables.Contains(phrase[0], StringComparer.Ordinal) : NameMatcher.Contains(syllables, phrase, isWord))
            {
                return true;
            }
        }

        return false;
    }

    // Topics out of scope are matched exactly: a typo there changes nothing, a false match would refuse a fair question.
    private static bool HasExact(IReadOnlyList<string> syllables, string[][] phrases) => HasAny(syllables, phrases, _ => true);

    private static string[][] Phrases(params string[] phrases) => phrases.Select(p => p.Split(' ')).ToArray();
}
