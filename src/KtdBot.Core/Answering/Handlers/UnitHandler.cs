using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// A question about a unit rather than a bloc ("Hội Nông dân làm khối trưởng năm nào?", "Sở Y tế thuộc khối nào?"):
/// the handlers below take it when the question names a unit some bloc lists.
/// </summary>
internal abstract class UnitHandler : RecordHandler
{
    /// <summary>The asks about a bloc that a unit's name can stand in for.</summary>
    public static bool AsksThroughUnit(Turn turn) =>
        turn.BlocId is null && turn.Subject.Ask is AskKind.Leader or AskKind.LeaderHistory or AskKind.Deputy or AskKind.Members or AskKind.Awards or AskKind.UnitBloc;

    protected sealed override ComposedAnswer? Answer(Turn turn) =>
        AsksThroughUnit(turn) && turn.Subject.Ask != AskKind.Members && turn.Subject.Memberships.Count > 0
            ? AnswerUnit(turn, turn.Subject.Memberships)
            : null;

    protected abstract ComposedAnswer? AnswerUnit(Turn turn, IReadOnlyList<UnitMembership> memberships);

    /// <summary>The unit's core name in syllables ("Hội Khuyến học" of "Hội Khuyến học tỉnh").</summary>
    protected static string[] Core(UnitMembership membership) => NameMatcher.Syllables(UnitNames.Core(membership.Unit));

    protected static ComposedAnswer Grounded(System.Text.StringBuilder text, Turn turn, UnitMembership first) =>
        Answers.Grounded(text, turn.Citations, new Topic(turn.Subject.Ask, first.Bloc.Id, turn.Frame.Year, Unit: first.Unit), Suggest.AfterMembers(first.Bloc));
}
