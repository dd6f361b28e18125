using KtdBot.Knowledge;

namespace KtdBot.Facts;

/// <summary>Where a fact was read: the document, the sentence or table row itself, and the document's date.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Text">The sentence, list item or table row the fact was read from.</param>
/// <param name="Date">The document's date (yyyy-MM-dd) when known.</param>
public sealed record Evidence(string DocumentId, string Text, string? Date);

/// <summary>
/// A bloc or cluster as one document names it. Records are keyed by province, kind, number or name, and the
/// year its composition applies; two mentions are the same bloc only when all of those agree.
/// </summary>
/// <param name="Kind">Khối or cụm.</param>
/// <param name="Number">"Khối thi đua số 2" → 2.</param>
/// <param name="Name">The name as written ("Khối thi đua số 2", "Khối thi đua MTTQ và các tổ chức chính trị - xã hội").</param>
/// <param name="Province">The province, when the document or sentence names one.</param>
public sealed record BlocRef(BlocKind Kind, int? Number, string Name, string? Province)
{
    /// <summary>Folded name without kind words, for named blocs ("mttq va cac to chuc chinh tri - xa hoi").</summary>
    public string NameKey { get; init; } = string.Empty;

    /// <summary>What a decision calls a numbered bloc: "Khối thi đua số 2 (Khối các cơ quan văn hóa - xã hội)" → that phrase.</summary>
    public string? Descriptor { get; init; }
}

/// <summary>One fact about a bloc.</summary>
[System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = "$fact")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(MembersFact), "members")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(RoleFact), "role")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(AwardFact), "award")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(ReviewFact), "review")]
[System.Text.Json.Serialization.JsonDerivedType(typeof(ScoreFact), "score")]
public abstract record BlocFact(BlocRef Bloc, int? Year, Evidence Evidence)
{
    /// <summary>Short English name of the kind of fact (members, leader, deputy, award, review, score).</summary>
    public abstract string Type { get; }
}

/// <summary>Member units, from a table, an enumeration or a numbered list.</summary>
/// <param name="Members">Unit names as written.</param>
/// <param name="DeclaredCount">"gồm 12 hội thành viên" → 12.</param>
/// <param name="FromTable">True when read from a table (a full roster).</param>
public sealed record MembersFact(BlocRef Bloc, int? Year, IReadOnlyList<string> Members, int? DeclaredCount, bool FromTable, Evidence Evidence)
    : BlocFact(Bloc, Year, Evidence)
{
    /// <inheritdoc />
    public override string Type => "members";
}

/// <summary>The leader or deputy (khối trưởng / khối phó) for a year.</summary>
/// <param name="Deputy">True for khối phó / cụm phó.</param>
/// <param name="Unit">The unit that holds the role.</param>
/// <param name="Person">A person named as holding it, when given.</param>
/// <param name="PersonTitle">The person's title, when given.</param>
/// <param name="Handover">True when read from a hand-over or election ("nhận Cờ bàn giao", "bầu … làm khối trưởng").</param>
public sealed record RoleFact(BlocRef Bloc, int? Year, bool Deputy, string Unit, string? Person, string? PersonTitle, bool Handover, Evidence Evidence)
    : BlocFact(Bloc, Year, Evidence)
{
    /// <inheritdoc />
    public override string Type => Deputy ? "deputy" : "leader";
}

/// <summary>An award proposed or conferred for a year's results.</summary>
/// <param name="Form">"Cờ thi đua", "Bằng khen", …</param>
/// <param name="Giver">Who gives it ("UBND tỉnh", "Chủ tịch UBND tỉnh").</param>
/// <param name="Proposed">True when proposed or voted (đề nghị, bình bầu), false when conferred.</param>
/// <param name="Recipients">Units or people as written.</param>
public sealed record AwardFact(BlocRef Bloc, int? Year, string Form, string? Giver, bool Proposed, IReadOnlyList<string> Recipients, Evidence Evidence)
    : BlocFact(Bloc, Year, Evidence)
{
    /// <inheritdoc />
    public override string Type => "award";
}

/// <summary>A review conference (hội nghị tổng kết) of a year.</summary>
/// <param name="Date">yyyy-MM-dd when the day is known.</param>
/// <param name="Place">Where it was held.</param>
/// <param name="Chair">Who chaired it.</param>
public sealed record ReviewFact(BlocRef Bloc, int? Year, string? Date, string? Place, string? Chair, Evidence Evidence)
    : BlocFact(Bloc, Year, Evidence)
{
    /// <inheritdoc />
    public override string Type => "review";
}

/// <summary>A unit's score in a bloc's ranking.</summary>
public sealed record ScoreFact(BlocRef Bloc, int? Year, string Unit, string Points, string? Rank, Evidence Evidence)
    : BlocFact(Bloc, Year, Evidence)
{
    /// <summary>Every figure of the row with its column ("Tự chấm: 98,5; Khối chấm: 96,0"), when the table has several.</summary>
    public string? Figures { get; init; }

    /// <inheritdoc />
    public override string Type => "score";
}

/// <summary>A campaign launched by a plan or announced in a document.</summary>
public sealed record CampaignFact(
    string Name,
    string? LaunchedBy,
    string? LaunchedOn,
    string? Period,
    string? Purpose,
    IReadOnlyList<string> HowToJoin,
    IReadOnlyList<string> KeyDates,
    IReadOnlyList<string> Criteria,
    IReadOnlyList<string> LegalBasis,
    Evidence Evidence);

/// <summary>A cash reward given as a multiple of the base salary (mức lương cơ sở).</summary>
/// <param name="Title">The title or form of commendation as written.</param>
/// <param name="Multiple">The multiple ("1,5", "12,5").</param>
/// <param name="For">Whom the multiple is for when a table gives several ("cá nhân", "tập thể"), else null.</param>
public sealed record AmountFact(string Title, decimal Multiple, Evidence Evidence, string? For = null);

/// <summary>A unit renamed or merged into another ("Cục Thuế tỉnh" → "Thuế tỉnh"), with the sentence or row that says so.</summary>
/// <param name="Merged">True when merged into the new unit, false when renamed, null when the source does not say.</param>
public sealed record UnitSuccession(string Old, string New, Evidence Evidence, bool? Merged = null);

/// <summary>One field of a legal document's record, with the header line or sentence it was read from.</summary>
/// <param name="Value">As written ("Ủy ban nhân dân tỉnh Bắc Ninh"), or a date as yyyy-MM-dd.</param>
public sealed record StatedField(string Value, Evidence Evidence);

/// <summary>Who signed a document, from its signature block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (Đã ký) / Đào Mỹ").</summary>
/// <param name="Name">The signer: "Đào Mỹ".</param>
/// <param name="Title">The signer's own title: "Phó Chủ tịch".</param>
/// <param name="OnBehalfOf">What the signer signs for, when the block says: "TM. Ủy ban nhân dân, KT. Chủ tịch".</param>
public sealed record SignerField(string Name, string Title, string? OnBehalfOf, Evidence Evidence);

/// <summary>From when a document is in force.</summary>
/// <param name="Date">yyyy-MM-dd: the day stated, or the signing date when it takes effect on signing (null if that is unknown).</param>
/// <param name="FromSigning">True for "có hiệu lực kể từ ngày ký".</param>
public sealed record EffectiveField(string? Date, bool FromSigning, Evidence Evidence);

/// <summary>A document that this one replaces ("thay thế") or repeals ("bãi bỏ"), as written.</summary>
public sealed record ReplacedDocument(string Document, bool Repealed, Evidence Evidence);

/// <summary>
/// An administrative or legal document: its own record (read from its letterhead, signature block and closing
/// articles), or the record of a document another one cites, when the citing sentence states its date, effect or signer.
/// </summary>
/// <param name="Kind">"Quyết định", "Kế hoạch", "Nghị định", …</param>
/// <param name="Number">"3621/QĐ-BYT", "86/2025/QĐ-UBND", when the document has one.</param>
/// <param name="Evidence">Where the record was read: the number line, or the citing sentence.</param>
public sealed record LegalDocumentFact(string Kind, string? Number, Evidence Evidence)
{
    /// <summary>True when read from another document that cites this one.</summary>
    public bool Cited { get; init; }

    /// <summary>The province of the document's issuer, when it names one.</summary>
    public string? Province { get; init; }

    /// <summary>Who issued it ("Bộ Y tế").</summary>
    public StatedField? Issuer { get; init; }

    /// <summary>What it is about (trích yếu).</summary>
    public StatedField? Subject { get; init; }

    /// <summary>The date it was signed (yyyy-MM-dd).</summary>
    public StatedField? SignedOn { get; init; }

    /// <summary>Who signed it.</summary>
    public SignerField? Signer { get; init; }

    /// <summary>From when it is in force.</summary>
    public EffectiveField? Effective { get; init; }

    /// <summary>The documents it replaces or repeals.</summary>
    public IReadOnlyList<ReplacedDocument> Replaces { get; init; } = [];

    /// <summary>"Quyết định 3621/QĐ-BYT"; the kind alone when it has no number.</summary>
    public string Name => Number is null ? Kind : $"{Kind} {Number}";
}

/// <summary>Everything read from one document.</summary>
public sealed record DocumentFacts(
    string DocumentId,
    IReadOnlyList<BlocFact> Blocs,
    IReadOnlyList<CampaignFact> Campaigns,
    IReadOnlyList<AmountFact> Amounts,
    decimal? BaseSalary)
{
    /// <summary>The document's rule that rewards are rounded up to the ten thousand đồng ("làm tròn số lên hàng chục nghìn đồng").</summary>
    public Evidence? Rounding { get; init; }

    /// <summary>Units the document renames or merges.</summary>
    public IReadOnlyList<UnitSuccession> Successions { get; init; } = [];

    /// <summary>The document's own record when it is an administrative or legal document, and the records of documents it cites.</summary>
    public IReadOnlyList<LegalDocumentFact> Documents { get; init; } = [];

    /// <summary>No facts.</summary>
    public bool IsEmpty => Blocs.Count == 0 && Campaigns.Count == 0 && Amounts.Count == 0 && BaseSalary is null && Rounding is null && Successions.Count == 0 && Documents.Count == 0;
}
