using System.ComponentModel;
using KtdBot.Knowledge;
using KtdBot.Search;
using Microsoft.SemanticKernel;

namespace KtdBot.Answering.Plugins;

/// <summary>Emulation blocs and clusters (khối / cụm thi đua): members, leader per year, awards, reviews.</summary>
public sealed class BlocRosterPlugin(KnowledgeIndex index)
{
    /// <summary>Plugin name in the kernel.</summary>
    public const string Name = "blocs";

    /// <summary>Every bloc and cluster known.</summary>
    [KernelFunction("list_blocs")]
    [Description("Liệt kê mọi khối thi đua và cụm thi đua có trong dữ liệu (tên, tỉnh, số thành viên, các năm có khối trưởng).")]
    public IReadOnlyList<BlocInfo> ListBlocs() => index.Knowledge.Blocs.Select(Info).ToList();

    /// <summary>Blocs matching a reference.</summary>
    [KernelFunction("find_blocs")]
    [Description("Tìm khối/cụm thi đua theo cách người dùng gọi, có hoặc không dấu: \"khối thi đua 8\", \"khoi 2 ca mau\", \"cụm thi đua số 1\", \"khối MTTQ\". Trả về danh sách rỗng nếu không có trong dữ liệu.")]
    public IReadOnlyList<BlocInfo> FindBlocs([Description("Tên hoặc số của khối/cụm, có thể kèm tỉnh")] string reference)
    {
        var syllables = NameMatcher.Syllables(reference);
        var provinces = Provinces.Mentioned(syllables, index.Knowledge);
        return BlocResolver.Resolve(syllables, index.Knowledge.Blocs, provinces, index.Vocabulary.Knows, index.Knowledge.HomeProvince).Matches.Select(Info).ToList();
    }

    /// <summary>Members of a bloc.</summary>
    [KernelFunction("get_members")]
    [Description("Danh sách đơn vị/hội thành viên của một khối hoặc cụm thi đua, kèm nguồn.")]
    public BlocMembers? GetMembers([Description("Mã khối (id) từ find_blocs")] string blocId)
    {
        var bloc = Find(blocId);
        return bloc is null ? null : new BlocMembers(Info(bloc), bloc.Members.Select(m => m.Name).ToList(), Citations.Ref(index.Knowledge, bloc.Sources.FirstOrDefault()));
    }

    /// <summary>The leader in one year.</summary>
    [KernelFunction("get_leader")]
    [Description("Khối trưởng / cụm trưởng của một khối trong một năm. Đơn vị nhận nhiệm vụ tại hội nghị tổng kết năm trước là khối trưởng của năm sau. Unit = null nghĩa là dữ liệu không có năm đó.")]
    public BlocLeaderInYear? GetLeader([Description("Mã khối (id)")] string blocId, [Description("Năm, ví dụ 2025")] int year)
    {
        var bloc = Find(blocId);
        if (bloc is null)
        {
            return null;
        }

        var leader = bloc.LeaderIn(year);
        var known = bloc.Leaders.Select(l => l.Year).ToList();
        return leader is null
            ? new BlocLeaderInYear(Info(bloc), year, null, null, null, null, null, known)
            : Leader(bloc, leader, known);
    }

    /// <summary>All recorded leaders.</summary>
    [KernelFunction("get_leader_history")]
    [Description("Các khối trưởng / cụm trưởng của một khối qua các năm có dữ liệu.")]
    public BlocLeaderHistory? GetLeaderHistory([Description("Mã khối (id)")] string blocId)
    {
        var bloc = Find(blocId);
        if (bloc is null)
        {
            return null;
        }

        var known = bloc.Leaders.Select(l => l.Year).ToList();
        return new BlocLeaderHistory(Info(bloc), bloc.Leaders.Select(l => Leader(bloc, l, known)).ToList());
    }

    /// <summary>The deputy in one year.</summary>
    [KernelFunction("get_deputy")]
    [Description("Khối phó / cụm phó của một khối trong một năm (year bỏ trống = các năm có dữ liệu). Danh sách rỗng nghĩa là dữ liệu không ghi.")]
    public IReadOnlyList<BlocLeaderInYear> GetDeputy([Description("Mã khối (id)")] string blocId, [Description("Năm, có thể bỏ trống")] int? year = null)
    {
        var bloc = Find(blocId);
        if (bloc is null)
        {
            return [];
        }

        var known = bloc.Deputies.Select(d => d.Year).ToList();
        return bloc.Deputies.Where(d => year is null || d.Year == year).Select(d => Leader(bloc, d, known)).ToList();
    }

    /// <summary>Scores in the bloc's ranking.</summary>
    [KernelFunction("get_scores")]
    [Description("Điểm thi đua và xếp loại của các đơn vị trong một khối (year bỏ trống = mọi năm), kèm nguồn.")]
    public IReadOnlyList<BlocScoreItem> GetScores([Description("Mã khối (id)")] string blocId, [Description("Năm, có thể bỏ trống")] int? year = null)
    {
        var bloc = Find(blocId);
        return bloc is null
            ? []
            : bloc.Scores.Where(s => year is null || s.Year == year).Select(s => new BlocScoreItem(Info(bloc), s.Year, s.Unit, s.Points, s.Rank, Citations.Ref(index.Knowledge, s.Source)) { Figures = s.Figures }).ToList();
    }

    /// <summary>Awards proposed or conferred.</summary>
    [KernelFunction("get_awards")]
    [Description("Các hình thức khen thưởng (Cờ thi đua, Bằng khen…) được đề nghị hoặc trao trong một khối cho thành tích một năm; year bỏ trống = mọi năm.")]
    public BlocAwards? GetAwards([Description("Mã khối (id)")] string blocId, [Description("Năm thành tích, có thể bỏ trống")] int? year = null)
    {
        var bloc = Find(blocId);
        if (bloc is null)
        {
            return null;
        }

        var items = bloc.Awards.Where(a => year is null || a.Year == year)
            .Select(a => new BlocAwardItem(a.Year, a.Form, a.ConferredBy, a.Status == "proposed", a.Recipients, Citations.Ref(index.Knowledge, a.Source)))
            .ToList();
        return new BlocAwards(Info(bloc), year, items, bloc.Awards.Select(a => a.Year).Distinct().Order().ToList());
    }

    /// <summary>Review conferences.</summary>
    [KernelFunction("get_reviews")]
    [Description("Các hội nghị tổng kết thi đua của một khối: năm, ngày, người chủ trì, nội dung chính.")]
    public BlocReviews? GetReviews([Description("Mã khối (id)")] string blocId)
    {
        var bloc = Find(blocId);
        return bloc is null
            ? null
            : new BlocReviews(Info(bloc), bloc.Reviews.Select(r => new BlocReviewItem(r.Year, r.Date, r.Title, r.ChairedBy, r.Summary, Citations.Ref(index.Knowledge, r.Source))).ToList());
    }

    /// <summary>Which bloc a unit belongs to.</summary>
    [KernelFunction("find_unit_bloc")]
    [Description("Một đơn vị/hội (ví dụ \"Hội Khuyến học\", \"Viện Kiểm sát\") thuộc khối/cụm thi đua nào.")]
    public IReadOnlyList<UnitMembership> FindUnitBloc([Description("Tên đơn vị, có hoặc không dấu")] string unit)
    {
        var query = NameMatcher.Syllables(unit);
        var found = new List<(UnitMembership Membership, double Score)>();
        foreach (var bloc in index.Knowledge.Blocs)
        {
            foreach (var member in bloc.Members)
            {
                var score = member.Aliases.Append(member.Name)
                    .Select(n => NameMatcher.Syllables(UnitNames.Core(n)))
                    .Where(n => n.Length >= 2 && NameMatcher.Contains(query, n, index.Vocabulary.Knows))
                    .Select(n => (double)n.Length)
                    .DefaultIfEmpty(0)
                    .Max();
                if (score > 0)
                {
                    found.Add((new UnitMembership(member.Name, Info(bloc), Citations.Ref(index.Knowledge, bloc.Sources.FirstOrDefault())), score));
                }
            }
        }

        var best = found.Count == 0 ? 0 : found.Max(f => f.Score);
        return found.Where(f => f.Score == best).Select(f => f.Membership).ToList();
    }

    /// <summary>The bloc record by id.</summary>
    internal Bloc? Find(string blocId) => index.Knowledge.Blocs.FirstOrDefault(b => string.Equals(b.Id, blocId, StringComparison.OrdinalIgnoreCase));

    internal static BlocInfo Info(Bloc bloc) => new(
        bloc.Id,
        bloc.Name,
        bloc.Kind == BlocKind.Khoi ? "khối thi đua" : "cụm thi đua",
        bloc.Province,
        bloc.Members.Count,
        bloc.MembersComplete,
        bloc.Leaders.Select(l => l.Year).ToList())
    {
        RosterYear = bloc.Year,
        RepeatedIn = bloc.RepeatedIn,
        Descriptor = bloc.Number is null ? null : bloc.Aliases.FirstOrDefault(a => !a.Any(char.IsDigit)),
    };

    private BlocLeaderInYear Leader(Bloc bloc, BlocLeader leader, IReadOnlyList<int> known)
    {
        var person = leader.Person is null ? null : leader.PersonTitle is null ? leader.Person : $"{leader.Person}, {leader.PersonTitle}";
        return new BlocLeaderInYear(Info(bloc), leader.Year, leader.Unit, person, leader.ChosenOn, leader.Basis, Citations.Ref(index.Knowledge, leader.Source), known);
    }
}
