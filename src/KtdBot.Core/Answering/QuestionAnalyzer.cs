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
}

/// <summary>A question understood: its syllables, what it asks, and about what.</summary>
public sealed record QuestionAnalysis(
    string Text,
    IReadOnlyList<string> Syllables,
    AskKind Ask,
    BlocReference Blocs,
    int? Year,
    IReadOnlyList<string> Provinces,
    bool OutOfScope,
    bool Injection,
    bool FollowUpCue,
    bool AsksLatest);

/// <summary>Reads questions typed with or without diacritics, with everyday phrasing and small typos.</summary>
public sealed class QuestionAnalyzer(KnowledgeIndex index, TimeProvider time)
{
    private static readonly string[][] LeaderCues = Phrases("khoi truong", "cum truong", "truong khoi", "truong cum", "dan dau khoi", "dan dau cum", "lam truong", "giu vai tro truong", "nhan co ban giao");
    private static readonly string[][] HistoryCues = Phrases("qua cac nam", "lich su", "cac nam", "nhung nam nao", "tung lam");
    private static readonly string[][] MemberCues = Phrases("gom", "thanh vien", "bao gom", "co nhung", "nhung don vi", "nhung hoi", "nhung co quan", "danh sach", "don vi nao", "hoi nao", "co bao nhieu", "may don vi", "may hoi", "co may", "bao nhieu don vi", "bao nhieu hoi", "ai trong khoi", "trong khoi co");
    private static readonly string[][] AwardCues = Phrases("co thi dua", "bang khen", "khen thuong", "de nghi", "binh bau", "binh xet", "duoc tang", "suy ton", "danh hieu gi");
    private static readonly string[][] ReviewCues = Phrases("tong ket", "hoi nghi", "chu tri");
    private static readonly string[][] UnitBlocCues = Phrases("thuoc khoi", "thuoc cum", "o khoi nao", "o cum nao", "nam trong khoi", "nam o khoi", "khoi nao", "cum nao", "sinh hoat khoi");
    private static readonly string[][] ListBlocCues = Phrases("nhung khoi", "cac khoi", "co khoi nao", "nhung cum", "cac cum", "danh sach khoi", "khoi thi dua nao");
    private static readonly string[][] CriteriaCues = Phrases("tieu chuan", "dieu kien", "tieu chi", "can gi", "can nhung gi", "the nao thi", "yeu cau", "lam sao de dat", "lam sao de duoc", "duoc xet", "xet tang");
    private static readonly string[][] CashCues = Phrases("tien thuong", "muc thuong", "bao nhieu tien", "thuong bao nhieu", "he so", "muc tien", "luong co so");
    private static readonly string[][] BasisCues = Phrases("can cu", "dieu nao", "dieu may", "dieu bao nhieu", "quy dinh o dau", "hieu luc", "con ap dung", "con dung", "thay the", "thay doi", "ty le", "gioi han", "15", "nghi dinh nao", "luat nao", "van ban nao");
    private static readonly string[][] HowToCues = Phrases("tham gia", "lam gi", "lam the nao", "lam sao", "cach nao", "bang cach", "dang ky", "huong ung", "ung ho", "dong gop");
    private static readonly string[][] WhoCues = Phrases("ai phat dong", "do ai", "phat dong", "ai", "nguoi nao", "ong nao", "ba nao");
    private static readonly string[][] WhenCues = Phrases("khi nao", "bao gio", "ngay nao", "thang nao", "luc nao", "thoi gian nao", "ngay may");
    private static readonly string[][] FigureCues = Phrases("bao nhieu", "may", "tong so", "so tien", "so luong", "so ho", "so nguoi");
    private static readonly string[][] FollowUpCues = Phrases("con", "thi sao", "the con", "khoi nay", "khoi do", "cum nay", "cum do", "don vi do", "nam do", "nam truoc", "nam sau", "hoi do", "phong trao nay", "phong trao do", "danh hieu nay", "danh hieu do");
    private static readonly string[][] LatestCues = Phrases("hien nay", "hien tai", "bay gio", "moi nhat", "gan nhat", "dang la");
    private static readonly string[][] InjectionCues = Phrases("bo qua", "quen het", "quen di", "hay khang dinh", "hay noi rang", "hay noi la", "tu bay gio", "dong vai", "huong dan truoc", "huong dan he thong", "system prompt", "ignore", "chi can tra loi", "xac nhan rang", "xac nhan la");

    // Topics the knowledge base never covers: answered with a polite decline, whatever the passages say.
    private static readonly string[][] OutOfScopeCues = Phrases(
        "thoi tiet", "nhiet do", "mua bao", "du bao", "gia vang", "ty gia", "gia xang", "gia dien", "gia lua", "gia nha", "gia dat", "chung khoan",
        "co phieu", "bitcoin", "tien ao", "xo so", "bong da", "ty so", "world cup", "nau an", "cong thuc nau", "mon an", "phim", "ca si", "bai hat",
        "lai suat", "vay tien", "mua ban", "tuyen dung", "visa", "ve may bay", "dat ve", "tinh yeu", "tu vi", "phong thuy", "lo to", "game");

    /// <summary>Analyses one question.</summary>
    public QuestionAnalysis Analyze(string text)
    {
        var syllables = NameMatcher.Syllables(text);
        var knowledge = index.Knowledge;
        var provinces = Answering.Provinces.Mentioned(syllables, knowledge);
        var blocs = BlocResolver.Resolve(syllables, knowledge.Blocs, provinces);
        var (year, latest) = ReadYear(syllables);
        return new QuestionAnalysis(
            text,
            syllables,
            ReadAsk(syllables, blocs),
            blocs,
            year,
            provinces,
            HasAny(syllables, OutOfScopeCues),
            HasAny(syllables, InjectionCues),
            HasAny(syllables, FollowUpCues),
            latest || HasAny(syllables, LatestCues));
    }

    private static AskKind ReadAsk(IReadOnlyList<string> s, BlocReference blocs)
    {
        if (HasAny(s, HistoryCues) && HasAny(s, LeaderCues))
        {
            return AskKind.LeaderHistory;
        }

        if (HasAny(s, LeaderCues))
        {
            return AskKind.Leader;
        }

        if (HasAny(s, CashCues))
        {
            return AskKind.Cash;
        }

        if (HasAny(s, CriteriaCues))
        {
            return AskKind.Criteria;
        }

        if (HasAny(s, AwardCues) && (blocs.Mentioned || !HasAny(s, BasisCues)))
        {
            return AskKind.Awards;
        }

        if (HasAny(s, BasisCues))
        {
            return AskKind.LegalBasis;
        }

        if (blocs.Matches.Count == 0 && HasAny(s, UnitBlocCues))
        {
            return AskKind.UnitBloc;
        }

        if (blocs.Matches.Count == 0 && blocs.Number is null && HasAny(s, ListBlocCues))
        {
            return AskKind.ListBlocs;
        }

        if (HasAny(s, MemberCues) && (blocs.Mentioned || HasAny(s, Phrases("khoi", "cum"))))
        {
            return AskKind.Members;
        }

        if (HasAny(s, ReviewCues) && blocs.Mentioned)
        {
            return AskKind.Review;
        }

        if (HasAny(s, HowToCues))
        {
            return AskKind.HowTo;
        }

        if (HasAny(s, WhenCues))
        {
            return AskKind.When;
        }

        if (HasAny(s, FigureCues))
        {
            return AskKind.Figure;
        }

        if (HasAny(s, WhoCues))
        {
            return AskKind.Who;
        }

        return AskKind.General;
    }

    private (int? Year, bool Latest) ReadYear(IReadOnlyList<string> s)
    {
        var now = time.GetLocalNow().Year;
        for (var i = 0; i < s.Count; i++)
        {
            if (s[i].Length == 4 && int.TryParse(s[i], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1945 and <= 2100)
            {
                return (year, false);
            }
        }

        if (HasAny(s, Phrases("nam nay")))
        {
            return (now, false);
        }

        if (HasAny(s, Phrases("nam ngoai", "nam roi", "nam truoc")))
        {
            return (now - 1, false);
        }

        if (HasAny(s, Phrases("nam sau", "nam toi")))
        {
            return (now + 1, false);
        }

        return (null, false);
    }

    /// <summary>True when any phrase occurs in the question (syllables, typos forgiven).</summary>
    internal static bool HasAny(IReadOnlyList<string> syllables, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 1 ? syllables.Contains(phrase[0], StringComparer.Ordinal) : NameMatcher.Contains(syllables, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Phrases(params string[] phrases) => phrases.Select(p => p.Split(' ')).ToArray();
}
