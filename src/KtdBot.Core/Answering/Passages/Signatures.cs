using System.Text.RegularExpressions;

namespace KtdBot.Answering.Passages;

/// <summary>Who signed a document, as its signature block says.</summary>
/// <param name="Block">The block as written: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH".</param>
/// <param name="Position">The signer's own position: "Phó Chủ tịch".</param>
/// <param name="Name">The signer: "Phùng Thành Vinh".</param>
internal sealed record Signature(string Block, string Position, string Name)
{
    /// <summary>"Phó Chủ tịch Phùng Thành Vinh (TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH)".</summary>
    public override string ToString() => $"{Position} {Name} ({Block})";
}

/// <summary>Finds the signature block of a decision, plan or report: positions in capitals, then the signer's name.</summary>
internal static partial class Signatures
{
    /// <summary>The first signature block among <paramref name="lines"/>, or null.</summary>
    public static Signature? Find(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (Block().Match(line) is { Success: true } match)
            {
                var position = match.Groups["position"].Value;
                return new Signature(
                    match.Groups["block"].Value.Trim(),
                    char.ToUpperInvariant(position[0]) + position[1..].ToLowerInvariant().Replace("chủ tịch", "Chủ tịch", StringComparison.Ordinal),
                    match.Groups["name"].Value);
            }
        }

        return null;
    }

    // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phùng Thành Vinh" (hard wraps already undone).
    [GeneratedRegex(@"(?<block>(?:(?:TM|KT|Q|TL|TUQ)\.\s*[\p{Lu} ]+?\s+)*(?<position>(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|THỦ TRƯỞNG|TỔNG GIÁM ĐỐC)))\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){1,3})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Block();
}
