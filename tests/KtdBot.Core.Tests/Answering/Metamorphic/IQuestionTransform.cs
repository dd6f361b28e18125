namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>Rewrites the turns of a suite case as one <see cref="VariantKind"/>.</summary>
public interface IQuestionTransform
{
    /// <summary>The kind of variant this transform makes.</summary>
    VariantKind Kind { get; }

    /// <summary>The variant's turns, or null when the kind does not apply to the case (nothing to change).</summary>
    /// <param name="item">The case; its expected facts tell which words are names to leave alone.</param>
    /// <param name="random">Seeded per case and kind, so a run is repeatable.</param>
    IReadOnlyList<string>? Apply(AnswerCase item, Random random);
}
