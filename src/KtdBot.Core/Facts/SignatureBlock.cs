using System.Text.RegularExpressions;

namespace KtdBot.Facts;

/// <summary>Who signed, as a signature block says: the title the signer signs under, the signer, and on whose behalf.</summary>
/// <param name="Name">"Dương Đức Tuấn".</param>
/// <param name="Title">As written: "PHÓ CHỦ TỊCH", "CHÁNH ÁN TÒA ÁN NHÂN DÂN TỈNH".</param>
/// <param name="PositionLength">How much of <paramref name="Title"/> is the position ("CHÁNH ÁN"); the rest names its office.</param>
/// <param name="OnBehalfOf">As written: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"; empty when the signer signs in their own name.</param>
/// <param name="Text">The block as read, for evidence.</param>
internal sealed record Signed(string Name, string Title, int PositionLength, string OnBehalfOf, string Text);

/// <summary>
/// Finds a document's signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (Đã ký) / Dương Đức Tuấn",
/// on one line (a DOCX cell, hard wraps undone), over several (a Markdown cell, a typed notice) or beside the list of
/// recipients (a PDF that reads both columns line by line: "- Như Điều 3; KT. CHỦ TỊCH").
/// </summary>
internal static partial class SignatureBlock
{
    // Titles a signer signs under, each before the shorter title it ends with, so "PHÓ CHỦ TỊCH" is not read as "CHỦ TỊCH".
    private static readonly string[] Titles =
    [
        "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "GIÁM ĐỐC", "THỨ TRƯỞNG", "BỘ TRƯỞNG",
        "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ BÍ THƯ", "BÍ THƯ", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "PHÓ TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG",
        "PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "VIỆN TRƯỞNG", "CHÁNH ÁN", "HIỆU TRƯỞNG", "THỦ TRƯỞNG", "CHỦ NHIỆM", "KHỐI TRƯỞNG",
        "CỤM TRƯỞNG", "TRƯỞNG KHỐI", "TRƯỞNG CỤM", "CHỈ HUY TRƯỞNG", "GIÁM ĐỐC SỞ", "TỔNG CỤC TRƯỞNG",
    ];

    private static readonly string TitlePattern = $"(?:{string.Join('|', Titles.Select(Regex.Escape))})(?:\\s+THƯỜNG TRỰC)?";

    private static readonly Regex TitleAlone = new($@"^\s*{TitlePattern}\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex TitleAtEnd = new($@"(?<!\p{{L}}){TitlePattern}\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex TitleWord = new($@"(?<!\p{{L}}){TitlePattern}(?!\p{{L}})", RegexOptions.CultureInvariant);

    private const int MostLines = 10;

    /// <summary>The first signature block among <paramref name="lines"/> (a block's lines, or a document's), or null.</summary>
    public static Signed? Find(IReadOnlyList<string> lines)
    {
        var bodyEnded = false;
        for (var i = 0; i < lines.Count; i++)
        {
            bodyEnded |= EndsBody(lines[i]);
            if (!Marker().IsMatch(lines[i]) && !(bodyEnded && TitleOnItsOwn(lines, i)))
            {
                continue;
            }

            var parts = lines.Skip(i).Take(MostLines).Select(Part).Where(p => p.Length > 0);
            if (Read(Dash().Replace(string.Join('\n', parts), " ")) is { } signed)
            {
                return signed;
            }
        }

        return null;
    }

    /// <summary>The titles a block's capitals hold, each with what follows it: "CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC" → two.</summary>
    public static IEnumerable<string> TitlesIn(string capitals)
    {
        var starts = TitleWord.Matches(capitals).Select(m => m.Index).ToList();
        return starts.Count == 0 ? [capitals] : starts.Select((at, k) => capitals[at..(k + 1 < starts.Count ? starts[k + 1] : capitals.Length)].Trim())
            .Prepend(capitals[..starts[0]].Trim()).Where(t => t.Length > 0);
    }

    // "CHỦ TỊCH" alone on its line, or hard-wrapped over two ("CHỦ" / "TỊCH").
    private static bool TitleOnItsOwn(IReadOnlyList<string> lines, int at) =>
        TitleAlone.IsMatch(lines[at]) || (at + 1 < lines.Count && TitleAlone.IsMatch($"{lines[at]} {lines[at + 1]}"));

    // Capitals (who signs for whom, then the signer's title and office), then the signer's name ending its line.
    private static Signed? Read(string block)
    {
        if (Block().Match(block) is not { Success: true } match)
        {
            return null;
        }

        var capitals = Spaces().Replace(match.Groups["caps"].Value, " ").Trim();
        var name = Spaces().Replace(match.Groups["name"].Value, " ");
        if (TitleWord.Matches(capitals).LastOrDefault() is not { } title || NotAName(name))
        {
            return null;
        }

        var behalf = capitals[..title.Index].Trim();
        return behalf.Length > 0 && !Marker().IsMatch(behalf)
            ? null
            : new Signed(name, capitals[title.Index..].Trim(), title.Length, behalf, $"{capitals} {name}");
    }

    // A block opens with "TM."/"KT."/"Q."/"TL."/"TUQ.", or with the signer's title alone on its line once the body has
    // A block opens with "TM."/"KT."/"Q."/"TL."/"TUQ.", or with the signer's title alone on its line once the body has
    // ended ("… thi hành Quyết định này./.", "Nơi nhận:"): a title alone in a table of people is not a signature.
    private static bool EndsBody(string line) => line.Contains("./.", StringComparison.Ordinal) || line.StartsWith("Nơi nhận", StringComparison.Ordinal);

    // What of a line belongs to the block: from its marker or title on (the recipients' column stays out), a signer's
    // name at its end, or the whole of a short line that carries no list punctuation ("NHÂN DÂN", "Đức Tuấn").
    private static string Part(string line)
    {
        var text = Seal().Replace(line, " ").Trim();
        if (Marker().Match(text) is { Success: true } marker)
        {
            return text[marker.Index..];
        }

        if (TitleAtEnd.Match(text) is { Success: true } title)
        {
            return text[title.Index..];
        }

        if (text.Length <= 40 && !text.Any(c => c is ';' or ':' or '-' or '+' || char.IsDigit(c)))
        {
            return text;
        }

        return NameAtEnd().Match(text) is { Success: true } name ? name.Groups["name"].Value : string.Empty;
    }

    // "Căn Cứ", "Nơi Nhận" are not people.
    private static bool NotAName(string name) => name.StartsWith("Căn ", StringComparison.Ordinal) || name.StartsWith("Nơi ", StringComparison.Ordinal);

    // "(Đã ký)", "(đã ký và đóng dấu)", "[Ký tên]": the seal and signature marks, not words of the block.
    [GeneratedRegex(@"[(\[][^)\]]*\b(?:[Kk]ý|[Đđ]óng dấu)\b[^)\]]*[)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex Seal();

    [GeneratedRegex(@"(?:^|\s)(?:TM|KT|Q|TL|TUQ)\.\s*(?=\p{Lu}|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    // Anything without lower case, then two to four capitalised syllables that end a line ("Dương" / "Đức Tuấn" join).
    [GeneratedRegex(@"^(?<caps>[^\p{Ll}]+?)\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){1,3})(?=[ \t]*(?:\n|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Block();

    // "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH — Trịnh Xuân Phong": dashes set between the lines of a block.
    [GeneratedRegex(@"[ \t]+[—–-]+[ \t]+|^[—–-]+[ \t]*", RegexOptions.Multiline)]
    private static partial Regex Dash();

    [GeneratedRegex(@"[;:.]\s+(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){1,3})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAtEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
