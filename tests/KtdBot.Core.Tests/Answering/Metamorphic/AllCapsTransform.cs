namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>Every turn in capitals, marks kept: "KHỐI THI ĐUA 8 GỒM NHỮNG HỘI NÀO?".</summary>
public sealed class AllCapsTransform : IQuestionTransform
{
    public VariantKind Kind => VariantKind.AllCaps;

    public IReadOnlyList<string>? Apply(AnswerCase item, Random random)
    {
        var turns = item.Turns.Select(t => t.ToUpperInvariant()).ToList();
        return turns.SequenceEqual(item.Turns, StringComparer.Ordinal) ? null : turns;
    }
}
