namespace KtdBot.Facts;

/// <summary>Collects the facts of one document, each with its evidence.</summary>
internal sealed class FactSink(string documentId, string? date)
{
    public List<BlocFact> Blocs { get; } = [];

    public List<AmountFact> Amounts { get; } = [];

    public List<CampaignFact> Campaigns { get; } = [];

    public List<UnitSuccession> Successions { get; } = [];

    public decimal? BaseSalary { get; set; }

    /// <summary>The sentence that rounds rewards up to the ten thousand đồng, when the document states it.</summary>
    public Evidence? Rounding { get; set; }

    public Evidence Evidence(string text) => new(documentId, text, date);

    public void Add(BlocFact fact) => Blocs.Add(fact);
}
