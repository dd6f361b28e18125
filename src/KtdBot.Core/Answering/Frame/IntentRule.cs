namespace KtdBot.Answering;

/// <summary>A fact about the bloc a question names, which an intent rule may require or exclude.</summary>
internal enum BlocFact
{
    /// <summary>The question refers to a bloc or cluster at all.</summary>
    BlocMentioned,

    /// <summary>It names one the records hold.</summary>
    BlocKnown,

    /// <summary>A number was typed: "khối 8".</summary>
    BlocNumbered,

    /// <summary>A count is claimed: "có 50 đơn vị".</summary>
    ClaimsCount,
}

/// <summary>One row of the intents table: the kind of question it gives and what must hold for it.</summary>
internal sealed record IntentRule(AskKind Ask, string[][][] When, string[][][] Unless, IReadOnlyList<BlocFact> If, IReadOnlyList<BlocFact> IfNot)
{
    /// <summary>True when the question's folded syllables and bloc facts meet the rule.</summary>
    public bool Holds(IReadOnlyList<string> syllables, IReadOnlySet<BlocFact> facts, Func<string, bool> isWord) =>
        If.All(facts.Contains) && !IfNot.Any(facts.Contains)
        && When.All(list => Phrases.Any(syllables, list, isWord)) && !Unless.Any(list => Phrases.Any(syllables, list, isWord));

    internal static IntentRule From(QuestionCues.IntentRow row, int index, QuestionCues cues, string origin)
    {
        var key = $"intents[{index}]";
        if (!Enum.TryParse<AskKind>(row.Ask, out var ask) || ask == AskKind.General)
        {
            throw QuestionCues.Invalid(origin, key, $"unknown ask '{row.Ask}'");
        }

        string[][][] Lists(List<string> names) =>
            names.Select(n => cues.List(n) ?? throw QuestionCues.Invalid(origin, key, $"no cue list named '{n}'")).ToArray();
        List<BlocFact> Facts(List<string> names) =>
            names.Select(n => Enum.TryParse<BlocFact>(n.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var fact)
                ? fact : throw QuestionCues.Invalid(origin, key, $"unknown fact '{n}'")).ToList();
        return new IntentRule(ask, Lists(row.When), Lists(row.Unless), Facts(row.If), Facts(row.IfNot));
    }
}

/// <summary>Phrase lookups in folded syllables.</summary>
internal static class Phrases
{
    /// <summary>True when any phrase occurs in the question; typos are forgiven in syllables <paramref name="isWord"/> says the knowledge base never uses (null: in every syllable).</summary>
    public static bool Any(IReadOnlyList<string> syllables, string[][] phrases, Func<string, bool>? isWord = null)
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

    /// <summary>True when any phrase occurs exactly: a typo there changes nothing, a false match would refuse a fair question.</summary>
    public static bool AnyExact(IReadOnlyList<string> syllables, string[][] phrases) => Any(syllables, phrases, _ => true);

    /// <summary>Phrases split into syllables.</summary>
    public static string[][] Of(params string[] phrases) => phrases.Select(p => p.Split(' ')).ToArray();
}
