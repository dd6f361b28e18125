namespace KtdBot.Knowledge;

/// <summary>khoi (khối thi đua) or cum (cụm thi đua).</summary>
public enum BlocKind
{
    /// <summary>Khối thi đua.</summary>
    Khoi,

    /// <summary>Cụm thi đua.</summary>
    Cum,
}

/// <summary>An emulation bloc or cluster as recorded in knowledge/blocs.</summary>
public sealed record Bloc(
    string Id,
    BlocKind Kind,
    string Name,
    int? Number,
    IReadOnlyList<string> Aliases,
    string? Province,
    string? Organiser,
    string Description,
    bool MembersComplete,
    IReadOnlyList<BlocMember> Members,
    IReadOnlyList<BlocLeader> Leaders,
    IReadOnlyList<BlocReview> Reviews,
    IReadOnlyList<BlocAward> Awards,
    IReadOnlyList<string> Sources)
{
    /// <summary>"Khối thi đua 8 (Bình Thuận)" or the name alone when the province is unknown.</summary>
    public string DisplayName => Province is null ? Name : $"{Name} ({Province})";

    /// <summary>The leader recorded for a year, if any.</summary>
    public BlocLeader? LeaderIn(int year) => Leaders.FirstOrDefault(l => l.Year == year);

    /// <summary>Deputies (khối phó / cụm phó) per year.</summary>
    public IReadOnlyList<BlocLeader> Deputies { get; init; } = [];

    /// <summary>The year this roster applies to, when the sources give the bloc a different roster in another year.</summary>
    public int? Year { get; init; }

    /// <summary>Later years whose roster lists the same members as this one (a 2026 list repeating 2025's).</summary>
    public IReadOnlyList<int> RepeatedIn { get; init; } = [];

    /// <summary>True when the record was extracted from documents rather than written by hand.</summary>
    public bool Extracted { get; init; }

    /// <summary>Units' scores in the bloc's rankings.</summary>
    public IReadOnlyList<BlocScore> Scores { get; init; } = [];
}

/// <summary>A unit's score (and grade or rank) in a year's ranking.</summary>
public sealed record BlocScore(int Year, string Unit, string Points, string? Rank, string Source)
{
    /// <summary>Every figure of the score row with its column ("Tự chấm: 98,5; Khối chấm: 96,0"), when known.</summary>
    public string? Figures { get; init; }
}

/// <summary>A member unit.</summary>
public sealed record BlocMember(string Name, IReadOnlyList<string> Aliases);

/// <summary>The bloc leader (khối trưởng / cụm trưởng) for one year.</summary>
public sealed record BlocLeader(int Year, string Unit, string? Person, string? PersonTitle, string? ChosenOn, string? Basis, string Source);

/// <summary>A year-end review conference.</summary>
public sealed record BlocReview(int Year, string? Date, string Title, string? ChairedBy, string? Summary, string Source);

/// <summary>An award proposed or conferred for a year's achievements.</summary>
public sealed record BlocAward(int Year, string Form, string? ConferredBy, string Status, IReadOnlyList<string> Recipients, string Source);

/// <summary>A campaign or movement (phong trào thi đua, cuộc vận động).</summary>
public sealed record Campaign(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? Period,
    string? LaunchedBy,
    string? LaunchedOn,
    IReadOnlyList<string> LegalBasis,
    string Purpose,
    IReadOnlyList<string> HowToJoin,
    IReadOnlyList<string> KeyDates,
    IReadOnlyList<SourcedFact> Results,
    IReadOnlyList<string> Sources)
{
    /// <summary>True when the record was extracted from a document (a plan, a launch article) rather than written by hand.</summary>
    public bool Extracted { get; init; }
}

/// <summary>A statement with the id of the document that supports it.</summary>
public sealed record SourcedFact(string Text, string Source);

/// <summary>An emulation title or a form of commendation.</summary>
public sealed record AwardTitle(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Type,
    string? Article,
    string? LegalBasis,
    string? EffectiveFrom,
    IReadOnlyList<string> Criteria,
    string? ConferredBy,
    string? CashReward,
    bool Unconfirmed,
    IReadOnlyList<ObsoleteRule> ObsoleteRules,
    IReadOnlyList<string> Sources);

/// <summary>A rule that no longer applies, kept so the bot can say so.</summary>
public sealed record ObsoleteRule(string Rule, string? Basis, string? EndedOn, string? Note);

/// <summary>A problem found while loading knowledge: the file, the line (1-based, 0 when unknown) and what is wrong.</summary>
public sealed record KnowledgeError(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
