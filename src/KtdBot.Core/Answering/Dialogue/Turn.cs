using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>
/// One question in its conversation: the frame as asked, and what it is taken to ask once the previous turn's topic
/// fills what a follow-up leaves out. The handlers read it; none of them changes it.
/// </summary>
/// <param name="Asked">The frame as analysed, before the conversation is taken into account.</param>
/// <param name="Frame">The frame with its year counted from the year being discussed ("thế năm sau thì sao?").</param>
/// <param name="Previous">The topic of the previous turn.</param>
/// <param name="Ask">What it asks about a bloc or a listing: the follow-up's ask resolved.</param>
/// <param name="AskRead">What it asks before a previous topic's ask or bloc was taken over.</param>
/// <param name="BlocId">The bloc it is about: named, or the one being discussed.</param>
/// <param name="Year">The year it is about.</param>
/// <param name="HasOwnSubject">It names a subject of its own (a bloc, or many words).</param>
/// <param name="Continues">It continues the previous turn (short, a follow-up cue, or "khối đó").</param>
/// <param name="AskAboutBloc">What it would ask with a bloc as its subject.</param>
/// <param name="Subject">The titles, campaigns and units it is about, for the questions that are not about a bloc.</param>
/// <param name="Citations">The sources the answer cites, numbered as cited.</param>
internal sealed record Turn(
    QuestionFrame Asked,
    QuestionFrame Frame,
    Topic? Previous,
    AskKind Ask,
    AskKind AskRead,
    string? BlocId,
    int? Year,
    bool HasOwnSubject,
    bool Continues,
    AskKind AskAboutBloc,
    Subject Subject,
    CitationList Citations)
{
    /// <summary>The record of the bloc for the year asked (a renumbered bloc has one per roster), when the question is about a bloc.</summary>
    public string? RosterBlocId { get; init; }

    /// <summary>"được bao nhiêu điểm?" after "đơn vị nào dẫn đầu?": the unit the previous answer named, when this one names none.</summary>
    public string? FocusUnit => Continues && Frame.Units.Count == 0 && !HasOwnSubject ? Previous?.Unit : null;

    /// <summary>True when the question is about the bloc <see cref="RosterBlocId"/>: its members, leader, awards, review…</summary>
    public bool AboutBloc => RosterBlocId is not null;

    /// <summary>The asks answered from a bloc's records.</summary>
    public static bool IsBlocAsk(AskKind ask) => ask is AskKind.Members or AskKind.Leader or AskKind.LeaderHistory or AskKind.Deputy or AskKind.Score or AskKind.Awards or AskKind.Review;

    /// <summary>"Khối thi đua 8" alone, or with little else: an overview of the bloc.</summary>
    public static bool IsOverview(QuestionFrame q) => q.Ask is AskKind.General && q.Blocs.Matches.Count > 0 && q.Syllables.Count <= 8;
}

/// <summary>What a question that is not about a bloc is about.</summary>
/// <param name="Ask">What it asks, a sibling title's follow-up taking the previous ask ("còn cấp toàn quốc thì sao?").</param>
/// <param name="Titles">The titles it names, or the one discussed before.</param>
/// <param name="Campaigns">The campaigns it names in the province asked, or the one discussed before.</param>
/// <param name="Memberships">The units it names, in the province asked or the folder's own.</param>
/// <param name="NamesItsSubject">It names what it is about, rather than leaning on the previous turn.</param>
internal sealed record Subject(AskKind Ask, IReadOnlyList<AwardTitleInfo> Titles, IReadOnlyList<CampaignInfo> Campaigns, IReadOnlyList<UnitMembership> Memberships, bool NamesItsSubject);
