using KtdBot.Knowledge;
using YamlDotNet.Serialization;

namespace KtdBot.Facts;

/// <summary>Writes extracted records in knowledge/'s YAML format (blocs/, campaigns/), for a cadre to check, correct and commit.</summary>
public static class KnowledgeYamlWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    /// <summary>The YAML of one bloc.</summary>
    public static string Bloc(Bloc bloc) =>
        $"# Trích tự động từ tài liệu; hãy kiểm tra, sửa rồi mới đưa vào knowledge/blocs/.\n" + Serialize(new Dictionary<string, object?>
        {
            ["id"] = bloc.Id,
            ["kind"] = bloc.Kind == BlocKind.Khoi ? "khoi" : "cum",
            ["name"] = bloc.Name,
            ["number"] = bloc.Number,
            ["year"] = bloc.Year,
            ["province"] = bloc.Province ?? "unknown",
            ["organiser"] = "unknown",
            ["aliases"] = bloc.Aliases,
            ["description"] = bloc.Description,
            ["members_complete"] = bloc.MembersComplete,
            ["members"] = bloc.Members.Select(m => new Dictionary<string, object> { ["name"] = m.Name }).ToList(),
            ["leaders"] = bloc.Leaders.Select(Role).ToList(),
            ["deputies"] = bloc.Deputies.Select(Role).ToList(),
            ["reviews"] = bloc.Reviews.Select(r => new Dictionary<string, object?>
            {
                ["year"] = r.Year, ["date"] = r.Date ?? "unknown", ["title"] = r.Title, ["chaired_by"] = r.ChairedBy ?? "unknown", ["summary"] = r.Summary, ["source"] = r.Source,
            }).ToList(),
            ["awards"] = bloc.Awards.Select(a => new Dictionary<string, object?>
            {
                ["year"] = a.Year, ["form"] = a.Form, ["conferred_by"] = a.ConferredBy, ["status"] = a.Status, ["recipients"] = a.Recipients, ["source"] = a.Source,
            }).ToList(),
            ["sources"] = bloc.Sources,
        });

    /// <summary>The YAML of one campaign.</summary>
    public static string Campaign(Campaign campaign) =>
        $"# Trích tự động từ tài liệu; hãy kiểm tra, sửa rồi mới đưa vào knowledge/campaigns/.\n" + Serialize(new Dictionary<string, object?>
        {
            ["id"] = campaign.Id,
            ["name"] = campaign.Name,
            ["kind"] = campaign.Kind,
            ["period"] = campaign.Period,
            ["launched_by"] = campaign.LaunchedBy ?? "unknown",
            ["launched_on"] = campaign.LaunchedOn ?? "unknown",
            ["legal_basis"] = campaign.LegalBasis,
            ["purpose"] = campaign.Purpose.Length > 0 ? campaign.Purpose : "unknown",
            ["how_to_join"] = campaign.HowToJoin,
            ["key_dates"] = campaign.KeyDates,
            ["results"] = campaign.Results.Select(r => new Dictionary<string, object> { ["text"] = r.Text, ["source"] = r.Source }).ToList(),
            ["sources"] = campaign.Sources,
        });

    // Fields the documents do not give are left out (the reader treats a missing field as unknown), as are empty lists.
    private static string Serialize(Dictionary<string, object?> record) => Yaml.Serialize(Compact(record));

    private static Dictionary<string, object> Compact(Dictionary<string, object?> record) =>
        record.Where(p => p.Value is not null && p.Value is not System.Collections.ICollection { Count: 0 })
            .ToDictionary(p => p.Key, p => p.Value switch
            {
                Dictionary<string, object?> nested => Compact(nested),
                IEnumerable<Dictionary<string, object?>> list => list.Select(Compact).ToList(),
                _ => p.Value!,
            });

    private static Dictionary<string, object?> Role(BlocLeader l) => new()
    {
        ["year"] = l.Year, ["unit"] = l.Unit, ["person"] = l.Person, ["person_title"] = l.PersonTitle, ["chosen_on"] = l.ChosenOn ?? "unknown", ["basis"] = l.Basis, ["source"] = l.Source,
    };
}
