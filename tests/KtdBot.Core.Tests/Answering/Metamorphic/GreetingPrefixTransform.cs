using KtdBot.Text;

namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>
/// A greeting typed before the first turn, without marks when the turn has none. A turn that already opens with a
/// greeting is left alone: nobody greets twice.
/// </summary>
public sealed class GreetingPrefixTransform : IQuestionTransform
{
    private static readonly string[] Greetings = ["chào bot, ", "ad ơi cho hỏi ", "xin chào, "];

    // Folded openings that are a greeting already.
    private static readonly string[] Openings = ["chao ", "xin chao", "ad ", "ad,", "admin", "bot oi", "cho e hoi", "cho em hoi", "cho minh hoi"];

    public VariantKind Kind => VariantKind.GreetingPrefix;

    public IReadOnlyList<string>? Apply(AnswerCase item, Random random)
    {
        var first = item.Turns[0];
        var folded = VietnameseText.Fold(first);
        if (Openings.Any(o => folded.StartsWith(o, StringComparison.Ordinal)))
        {
            return null;
        }

        var greeting = Greetings[random.Next(Greetings.Length)];
        var typed = VietnameseText.HasDiacritics(first) ? greeting : VietnameseText.Fold(greeting);
        return [typed + first, .. item.Turns.Skip(1)];
    }
}
