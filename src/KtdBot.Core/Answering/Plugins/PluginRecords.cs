namespace KtdBot.Answering.Plugins;

/// <summary>A unit's score in a bloc's ranking.</summary>
public sealed record BlocScoreItem(BlocInfo Bloc, int Year, string Unit, string Points, string? Rank, SourceRef Source)
{
    /// <summary>Every figure of the score row with its column ("Tự chấm: 98,5; Khối chấm: 96,0"), when known.</summary>
    public string? Figures { get; init; }
}

/// <summary>Where a fact comes from: the document id, its title, and the citation line shown to users.</summary>
public sealed record SourceRef(string DocumentId, string Title, string Source);

/// <summary>A bloc or cluster in brief.</summary>
public sealed record BlocInfo(string Id, string Name, string Kind, string? Province, int MemberCount, bool MembersComplete, IReadOnlyList<int> LeaderYears)
{
    /// <summary>The year of the roster this record holds, when the bloc's roster differs between years.</summary>
    public int? RosterYear { get; init; }

    /// <summary>Later years whose roster repeats this one.</summary>
    public IReadOnlyList<int> RepeatedIn { get; init; } = [];

    /// <summary>True when a roster dated that very year lists this composition.</summary>
    public bool ListedIn(int year) => RosterYear == year || RepeatedIn.Contains(year);

    /// <summary>What the bloc is called besides its number ("Khối Văn hóa - Xã hội"), if any.</summary>
    public string? Descriptor { get; init; }
}

/// <summary>The members of a bloc.</summary>
public sealed record BlocMembers(BlocInfo Bloc, IReadOnlyList<string> Members, SourceRef Source);

/// <summary>The leader of a bloc in one year; <see cref="Unit"/> is null when the knowledge base has no record for that year.</summary>
public sealed record BlocLeaderInYear(BlocInfo Bloc, int Year, string? Unit, string? Person, string? ChosenOn, string? Basis, SourceRef? Source, IReadOnlyList<int> KnownYears);

/// <summary>Every recorded leader of a bloc, oldest first.</summary>
public sealed record BlocLeaderHistory(BlocInfo Bloc, IReadOnlyList<BlocLeaderInYear> Leaders);

/// <summary>Awards proposed or conferred in a bloc for one year's achievements.</summary>
public sealed record BlocAwards(BlocInfo Bloc, int? Year, IReadOnlyList<BlocAwardItem> Awards, IReadOnlyList<int> KnownYears);

/// <summary>One award line.</summary>
public sealed record BlocAwardItem(int Year, string Form, string? ConferredBy, bool Proposed, IReadOnlyList<string> Recipients, SourceRef Source);

/// <summary>Year-end review conferences of a bloc.</summary>
public sealed record BlocReviews(BlocInfo Bloc, IReadOnlyList<BlocReviewItem> Reviews);

/// <summary>One review conference.</summary>
public sealed record BlocReviewItem(int Year, string? Date, string Title, string? ChairedBy, string? Summary, SourceRef Source);

/// <summary>The bloc a unit belongs to.</summary>
public sealed record UnitMembership(string Unit, BlocInfo Bloc, SourceRef Source);

/// <summary>An emulation title or form of commendation.</summary>
public sealed record AwardTitleInfo(
    string Id,
    string Name,
    string Type,
    string? Article,
    string? LegalBasis,
    string? EffectiveFrom,
    IReadOnlyList<string> Criteria,
    string? ConferredBy,
    string? CashReward,
    bool Unconfirmed,
    IReadOnlyList<string> NoLongerApplies,
    SourceRef Source);

/// <summary>A campaign or movement.</summary>
public sealed record CampaignInfo(
    string Id,
    string Name,
    string Kind,
    string? Period,
    string? LaunchedBy,
    string? LaunchedOn,
    IReadOnlyList<string> LegalBasis,
    string Purpose,
    IReadOnlyList<string> HowToJoin,
    IReadOnlyList<string> KeyDates,
    IReadOnlyList<CampaignResult> Results,
    SourceRef Source);

/// <summary>A reported result of a campaign.</summary>
public sealed record CampaignResult(string Text, SourceRef Source);

/// <summary>A passage found by search.</summary>
public sealed record Passage(string Text, string Heading, double Score, SourceRef Source);
