namespace KtdBot.Text;

/// <summary>Roman numerals as decisions number blocs ("Khối thi đua số II"), folded to lower case.</summary>
internal static class RomanNumerals
{
    /// <summary>"ii" → 2, up to "xv"; null for anything else.</summary>
    public static int? Value(string folded) => folded switch
    {
        "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, "v" => 5, "vi" => 6, "vii" => 7, "viii" => 8, "ix" => 9, "x" => 10,
        "xi" => 11, "xii" => 12, "xiii" => 13, "xiv" => 14, "xv" => 15,
        _ => null,
    };
}
