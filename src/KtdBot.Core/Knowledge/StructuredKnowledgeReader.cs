using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KtdBot.Knowledge;

/// <summary>Reads the hand-edited YAML files of knowledge/blocs, knowledge/campaigns and knowledge/awards.</summary>
internal static class StructuredKnowledgeReader
{
    public static YamlFields? Open(string text, string file, List<KnowledgeError> errors, IReadOnlySet<string> knownSources)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add(new KnowledgeError(file, (int)ex.Start.Line, $"not valid YAML: {ex.Message}"));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some unterminated constructs ("[a, b" at end of file) this way, without a position.
            errors.Add(new KnowledgeError(file, LastLine(text), $"not valid YAML (unterminated list, mapping or quote): {ex.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new KnowledgeError(file, 1, "expected a mapping of fields (id: …, name: …)"));
            return null;
        }

        return new YamlFields(root, file, errors, knownSources);
    }

    private static int LastLine(string text) => Math.Max(1, text.TrimEnd().Count(c => c == '\n') + 1);

    public static Bloc? ReadBloc(YamlFields f)
    {
        var id = f.Required("id");
        var kindText = f.Required("kind");
        var kind = BlocKind.Khoi;
        if (kindText.Length > 0 && !Enum.TryParse(kindText, ignoreCase: true, out kind))
        {
            f.Error(f.Get("kind"), $"field 'kind' must be 'khoi' or 'cum', got '{kindText}'");
        }

        var members = f.Mappings("members")
            .Select(m => new BlocMember(m.Required("name"), m.Strings("aliases")))
            .ToList();
        var leaders = Roles(f, "leaders");
        var deputies = Roles(f, "deputies");
        var duplicate = leaders.GroupBy(l => l.Year).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            f.Error(f.Get("leaders"), $"two leaders recorded for {duplicate.Key}");
        }

        var reviews = f.Mappings("reviews").Select(r => new BlocReview(
            r.RequiredYear("year"),
            r.OptionalDate("date"),
            r.Required("title"),
            r.Optional("chaired_by"),
            r.Optional("summary"),
            r.SourceId("source"))).ToList();
        var awards = f.Mappings("awards").Select(a =>
        {
            var recipients = a.Strings("recipients");
            if (recipients.Count == 0)
            {
                a.Error(a.Node, "an award needs at least one recipient");
            }

            var status = a.Optional("status") ?? "proposed";
            if (status is not ("proposed" or "conferred"))
            {
                a.Error(a.Get("status"), $"field 'status' must be 'proposed' or 'conferred', got '{status}'");
            }

            return new BlocAward(a.RequiredYear("year"), a.Required("form"), a.Optional("conferred_by"), status, recipients, a.SourceId("source"));
        }).ToList();

        var bloc = new Bloc(
            id,
            kind,
            f.Required("name"),
            f.OptionalInt("number"),
            f.Strings("aliases"),
            f.Optional("province"),
            f.Optional("organiser"),
            f.Optional("description") ?? string.Empty,
            f.OptionalBool("members_complete", fallback: true),
            members,
            leaders.OrderBy(l => l.Year).ToList(),
            reviews.OrderBy(r => r.Year).ToList(),
            awards.OrderBy(a => a.Year).ToList(),
            f.SourceIds("sources"))
        {
            Deputies = deputies.OrderBy(d => d.Year).ToList(),
            Year = f.OptionalInt("year"), // the year of this roster, when the bloc's roster differs between years
        };
        return f.HasErrors ? null : bloc;
    }

    // leaders: and deputies: share one shape: year, unit, person, person_title, chosen_on, basis, source.
    private static List<BlocLeader> Roles(YamlFields f, string key) =>
        f.Mappings(key).Select(l => new BlocLeader(
            l.RequiredYear("year"),
            l.Required("unit"),
            l.Optional("person"),
            l.Optional("person_title"),
            l.OptionalDate("chosen_on"),
            l.Optional("basis"),
            l.SourceId("source"))).ToList();

    public static Campaign? ReadCampaign(YamlFields f)
    {
        var campaign = new Campaign(
            f.Required("id"),
            f.Required("name"),
            f.Strings("aliases"),
            f.Optional("kind") ?? "phong trào thi đua",
            f.Optional("period"),
            f.Optional("launched_by"),
            f.OptionalDate("launched_on"),
            f.Strings("legal_basis"),
            f.Optional("purpose") ?? string.Empty,
            f.Strings("how_to_join"),
            f.Strings("key_dates"),
            f.Mappings("results").Select(r => new SourcedFact(r.Required("text"), r.SourceId("source"))).ToList(),
            f.SourceIds("sources"));
        return f.HasErrors ? null : campaign;
    }

    public static AwardTitle? ReadAward(YamlFields f)
    {
        var award = new AwardTitle(
            f.Required("id"),
            f.Required("name"),
            f.Strings("aliases"),
            f.Required("type"),
            f.Optional("article"),
            f.Optional("legal_basis"),
            f.OptionalDate("effective_from"),
            f.Strings("criteria"),
            f.Optional("conferred_by"),
            f.Optional("cash_reward"),
            f.OptionalBool("unconfirmed", fallback: false),
            f.Mappings("obsolete_rules").Select(r => new ObsoleteRule(r.Required("rule"), r.Optional("basis"), r.OptionalDate("ended_on"), r.Optional("note"))).ToList(),
            f.SourceIds("sources"));
        return f.HasErrors ? null : award;
    }
}
