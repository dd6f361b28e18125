namespace KtdBot.Answering.Passages;

/// <summary>
/// Yes/no questions ("… có được đề nghị không?") and the sentences that answer them: in a Q&amp;A article the writer's
/// conclusion ("Như vậy, …") says yes or no, where the clauses quoted before it only set out the rule.
/// </summary>
internal static class QuestionForms
{
    // Folded last syllables that make a question yes/no.
    private static readonly HashSet<string> YesNoEndings = new(StringComparer.Ordinal) { "khong", "ko", "k", "khg", "hok", "hk", "chua", "nhi", "a" };

    private static readonly string[][] YesNoPhrases = [["dung", "khong"], ["phai", "khong"], ["co", "phai"], ["duoc", "khong"], ["con", "khong"]];

    /// <summary>The writer's own conclusion, which refers back to what it concludes from.</summary>
    public static readonly string[] ConclusionOpeners = ["Như vậy", "Tóm lại", "Theo đó", "Vì vậy", "Do đó", "Do vậy"];

    // "Có bao nhiêu cụm, khối?": a count of the thing named, answered only by a number of it ("gồm 12 cụm").
    private static readonly string[][] HowManyPhrases = [["co", "bao", "nhieu"], ["gom", "bao", "nhieu"], ["co", "may"], ["gom", "may"], ["tong", "cong", "co"]];

    /// <summary>True when the folded <paramref name="question"/> asks how many of something there are.</summary>
    public static bool AsksHowMany(IReadOnlyList<string> question) => Phrases.AnyExact(question, HowManyPhrases);

    /// <summary>True when the folded <paramref name="question"/> asks yes or no.</summary>
    public static bool IsYesNo(IReadOnlyList<string> question) =>
        question.Count > 0 && (YesNoEndings.Contains(question[^1]) || Phrases.AnyExact(question, YesNoPhrases));

    /// <summary>True when <paramref name="unit"/> opens with a conclusion.</summary>
    public static bool Concludes(string unit) => ConclusionOpeners.Any(o => unit.StartsWith(o, StringComparison.Ordinal));
}
