using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>How handlers put an answer together: grounded with its citations, or declined.</summary>
internal static class Answers
{
    public static ComposedAnswer Grounded(StringBuilder text, CitationList citations, Topic topic, IReadOnlyList<string> suggestions) =>
        new(new Answer(text.ToString().TrimEnd(), true, citations.Items, suggestions), topic);

    public static ComposedAnswer Decline(string text) => new(Answer.Ungrounded(text, Suggest.Examples), null);

    /// <summary>A statement followed by its citation: "… [1]".</summary>
    public static StringBuilder Cited(this StringBuilder text, string statement, SourceRef source, CitationList citations, string? evidence = null) =>
        text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(source, evidence ?? statement)}]");

    /// <summary>The leader of a year, cited by the record of that year.</summary>
    public static string Leader(BlocLeaderInYear leader, CitationList citations, bool brief = false)
    {
        var statement = Sentences.Leader(leader, brief);
        return leader.Source is null ? statement : $"{statement} [{citations.Cite(leader.Source, $"{leader.Unit} {Sentences.LeaderRole(leader.Bloc)} {leader.Year}")}]";
    }

    /// <summary>The names of every bloc known, for a decline that says what the bot does know.</summary>
    public static IReadOnlyList<string> BlocNames(BlocRosterPlugin blocs) => blocs.ListBlocs().Select(Sentences.BlocName).Distinct(StringComparer.Ordinal).ToList(); // one name per bloc, not per year
}
