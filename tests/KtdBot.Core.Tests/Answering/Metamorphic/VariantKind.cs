namespace KtdBot.Core.Tests.Answering.Metamorphic;

/// <summary>A way people retype a question that must not change the facts of its answer.</summary>
public enum VariantKind
{
    /// <summary>Every diacritic removed, đ read as d, letter case kept: "Khối thi đua" → "Khoi thi dua".</summary>
    NoDiacritics,

    /// <summary>One letter swapped with its neighbour, dropped or doubled in one common word: "trưởng" → "trưởg".</summary>
    OneTypo,

    /// <summary>A greeting before the first turn: "chào bot, ", "ad ơi cho hỏi ", "xin chào, ".</summary>
    GreetingPrefix,

    /// <summary>Chat shorthand: "không" → "ko", "bao nhiêu" → "bn", "Khối thi đua 8" → "khối 8".</summary>
    Shorthand,

    /// <summary>Every letter in capitals.</summary>
    AllCaps,

    /// <summary>The bloc or cluster named first, then the question about it: "Khối thi đua 8", "gồm những hội nào?".</summary>
    TwoTurns,
}
