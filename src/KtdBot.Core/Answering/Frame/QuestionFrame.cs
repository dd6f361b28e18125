using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>
/// A question read into one typed frame: what it asks, and its slots — bloc or cluster, province, year (relative years
/// resolved), units, people, titles, campaigns, article, amount and base salary — and, when it compares two units,
/// the two sides. Slots the question does not fill are empty.
/// </summary>
public sealed record QuestionFrame
{
    /// <summary>The question as read: instructions set aside, English put in Vietnamese, shorthand spelled out, typos corrected.</summary>
    public required string Text { get; init; }

    /// <summary>Its folded syllables.</summary>
    public required IReadOnlyList<string> Syllables { get; init; }

    /// <summary>What it asks.</summary>
    public required AskKind Ask { get; init; }

    /// <summary>The bloc or cluster it names (a number, a name), and the records that fit.</summary>
    public required BlocReference Blocs { get; init; }

    /// <summary>The one year asked about, when one is.</summary>
    public int? Year { get; init; }

    /// <summary>Every year asked about ("năm 2024 và 2025"); "năm nay", "năm ngoái", "năm kia" counted from today.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>The year in words as an offset ("năm sau" +1, "năm trước" −1, "năm kia" −2; "năm nay" is 0), so a follow-up can count from the year discussed.</summary>
    public int RelativeYear { get; init; }

    /// <summary>The year said in words counts from today whatever year is discussed ("năm ngoái", "năm kia").</summary>
    public bool RelativeFromToday { get; init; }

    /// <summary>True when a four-digit number is typed (a year spelled out, not said in words).</summary>
    public bool TypesYear { get; init; }

    /// <summary>Folded names of the provinces it names.</summary>
    public IReadOnlyList<string> Provinces { get; init; } = [];

    /// <summary>The bloc memberships of the units it names.</summary>
    public IReadOnlyList<UnitMembership> Units { get; init; } = [];

    /// <summary>"A và B có cùng khối không": the two units compared, as typed; empty otherwise.</summary>
    public IReadOnlyList<string> ComparedUnits { get; init; } = [];

    /// <summary>Capitalised names of two or more words it types: people ("Trần Minh Huấn"), places.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Titles and forms of commendation its words fit, best first.</summary>
    public IReadOnlyList<AwardTitleInfo> Titles { get; init; } = [];

    /// <summary>Titles it types in full, in the order typed ("cờ thi đua của Chính phủ với cờ thi đua cấp tỉnh").</summary>
    public IReadOnlyList<AwardTitleInfo> TitlesNamed { get; init; } = [];

    /// <summary>Campaigns its words fit, best first.</summary>
    public IReadOnlyList<CampaignInfo> Campaigns { get; init; } = [];

    /// <summary>The article it names ("Điều 24" → 24).</summary>
    public int? Article { get; init; }

    /// <summary>A count it claims ("khối 3 có tới 20 đơn vị" → 20), to be answered with the true one.</summary>
    public int? ClaimedCount { get; init; }

    /// <summary>The base salary it types ("nếu lương cơ sở là 2,34 triệu"), in đồng.</summary>
    public decimal? BaseSalary { get; init; }

    /// <summary>How many receive the reward asked about ("nếu 5 người cùng đạt …" → 5), for a total.</summary>
    public int? Recipients { get; init; }

    /// <summary>A topic the knowledge base never covers (the weather, gold prices).</summary>
    public bool OutOfScope { get; init; }

    /// <summary>It carried an instruction to the bot, set aside.</summary>
    public bool Injection { get; init; }

    /// <summary>It reads as a follow-up ("còn …", "thì sao", "khối đó").</summary>
    public bool FollowUpCue { get; init; }

    /// <summary>It asks for the latest ("hiện nay", "mới nhất").</summary>
    public bool AsksLatest { get; init; }

    /// <summary>A phone number, e-mail or address: what the documents never hold.</summary>
    public bool AsksContact { get; init; }

    /// <summary>The cue lists the code reads by name that the question holds.</summary>
    internal IReadOnlySet<Cue> Cues { get; init; } = new HashSet<Cue>();

    /// <summary>True when the question holds the cue list.</summary>
    internal bool Says(Cue cue) => Cues.Contains(cue);
}
