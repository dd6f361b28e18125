using System.Globalization;

namespace KtdBot.Answering;

/// <summary>What a question was resolved to, remembered so a follow-up can inherit it.</summary>
public sealed record Topic(AskKind Ask, string? BlocId = null, int? Year = null, string? CampaignId = null, string? TitleId = null, string? Query = null, string? DocumentId = null, string? UnknownBloc = null, bool AwaitsBloc = false, string? Unit = null)
{
    /// <summary>The legal document discussed (its record's key), so "văn bản đó ai ký?" asks about it.</summary>
    public string? LegalDocument { get; init; }

    /// <summary>Serialises for the conversation store.</summary>
    public IReadOnlyDictionary<string, string> ToContext()
    {
        var context = new Dictionary<string, string>(StringComparer.Ordinal) { ["ask"] = Ask.ToString() };
        Add(context, "bloc", BlocId);
        Add(context, "year", Year?.ToString(CultureInfo.InvariantCulture));
        Add(context, "campaign", CampaignId);
        Add(context, "title", TitleId);
        Add(context, "query", Query);
        Add(context, "document", DocumentId);
        Add(context, "unknownBloc", UnknownBloc);
        Add(context, "awaitsBloc", AwaitsBloc ? "true" : null);
        Add(context, "unit", Unit);
        Add(context, "legalDocument", LegalDocument);
        return context;
    }

    /// <summary>Reads what <see cref="ToContext"/> wrote; null when there is nothing usable.</summary>
    public static Topic? FromContext(IReadOnlyDictionary<string, string>? context)
    {
        if (context is null || !context.TryGetValue("ask", out var askText) || !Enum.TryParse<AskKind>(askText, out var ask))
        {
            return null;
        }

        return new Topic(
            ask,
            context.GetValueOrDefault("bloc"),
            int.TryParse(context.GetValueOrDefault("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            context.GetValueOrDefault("campaign"),
            context.GetValueOrDefault("title"),
            context.GetValueOrDefault("query"),
            context.GetValueOrDefault("document"),
            context.GetValueOrDefault("unknownBloc"),
            context.GetValueOrDefault("awaitsBloc") == "true",
            context.GetValueOrDefault("unit"))
        {
            LegalDocument = context.GetValueOrDefault("legalDocument"),
        };
    }

    private static void Add(Dictionary<string, string> context, string key, string? value)
    {
        if (value is not null)
        {
            context[key] = value;
        }
    }
}

/// <summary>An answer and the topic it was about.</summary>
public sealed record ComposedAnswer(Answer Answer, Topic? Topic);
