namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>One rewrite of a case: its kind and what is typed, or no turns when the kind does not apply.</summary>
public sealed record QuestionVariant(VariantKind Kind, IReadOnlyList<string>? Turns);

/// <summary>Every kind of variant of a suite case, the same on every run: each transform gets a seed made of the case id and the kind.</summary>
public static class QuestionVariants
{
    /// <summary>The transforms, one per <see cref="VariantKind"/>, in the order the report lists them.</summary>
    public static IReadOnlyList<IQuestionTransform> Transforms { get; } =
    [
        new NoDiacriticsTransform(),
        new OneTypoTransform(),
        new GreetingPrefixTransform(),
        new ShorthandTransform(),
        new AllCapsTransform(),
        new TwoTurnsTransform(),
    ];

    public static IEnumerable<QuestionVariant> Of(AnswerCase item) =>
        Transforms.Select(t => new QuestionVariant(t.Kind, t.Apply(item, new Random(Seed(item.Id, t.Kind)))));

    /// <summary>FNV-1a over the id and the kind: string.GetHashCode changes from one process to the next.</summary>
    public static int Seed(string id, VariantKind kind)
    {
        var hash = 2166136261u;
        foreach (var c in $"{id}/{kind}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }
}
