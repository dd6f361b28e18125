using System.Text;
using System.Text.Json;
using KtdBot.Facts;
using KtdBot.Host.Hosting;
using KtdBot.Knowledge;
using KtdBot.Search;

namespace KtdBot.Host.Cli;

/// <summary>
/// <c>facts [&lt;dir&gt;] [--json] [--yaml &lt;out-dir&gt;]</c>: what fact extraction read from each document (blocs, campaigns,
/// amounts, legal-document records), each fact with the sentence or row it came from, then the merged records and the
/// conflicts with hand-written ones — for a cadre to review.
/// </summary>
internal static class FactsCommand
{
    public static async Task<int> RunAsync(CliCommand command, KnowledgeStartup startup, KnowledgeIndex index, CancellationToken cancellationToken)
    {
        var folder = command.Positional.Count > 0 ? command.Positional[0] : null;
        await startup.LoadAsync(folder, forceIngest: false, cancellationToken);
        var knowledge = index.Knowledge;
        if (command.Get("--yaml") is { } output)
        {
            Write(knowledge, output);
        }

        if (command.Has("--json"))
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(Report(knowledge), JsonOptions));
        }
        else
        {
            Console.Out.Write(Text(knowledge));
        }

        return 0;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(AnswerResponse.JsonOptions) { WriteIndented = true };

    private static object Report(KnowledgeBase knowledge) => new
    {
        documents = knowledge.Facts.Where(f => !f.IsEmpty).Select(f => new
        {
            id = f.DocumentId,
            title = knowledge.Document(f.DocumentId)?.Title,
            blocFacts = f.Blocs.Select(Describe).ToList(),
            campaigns = f.Campaigns,
            amounts = f.Amounts,
            baseSalary = f.BaseSalary,
            legalDocuments = f.Documents,
        }),
        blocs = knowledge.Blocs,
        campaigns = knowledge.Campaigns,
        legalDocuments = LegalDocumentAssembler.Assemble(knowledge.Facts),
        conflicts = knowledge.Conflicts,
        errors = knowledge.Errors.Select(e => e.ToString()),
    };

    private static object Describe(BlocFact fact) => new
    {
        type = fact.Type,
        bloc = fact.Bloc.Name,
        province = fact.Bloc.Province,
        year = fact.Year,
        value = Value(fact),
        evidence = fact.Evidence.Text,
        date = fact.Evidence.Date,
    };

    private static string Value(BlocFact fact) => fact switch
    {
        MembersFact m => m.Members.Count > 0 ? $"{m.Members.Count} units: {string.Join("; ", m.Members)}" : $"{m.DeclaredCount} units (count only)",
        RoleFact r => r.Person is null ? r.Unit : $"{r.Unit} ({r.Person})",
        AwardFact a => $"{a.Form}{(a.Giver is null ? string.Empty : " của " + a.Giver)} ({(a.Proposed ? "proposed" : "conferred")}): {string.Join("; ", a.Recipients)}",
        ReviewFact v => $"date {v.Date ?? "?"}, chair {v.Chair ?? "?"}, place {v.Place ?? "?"}",
        ScoreFact s => $"{s.Unit}: {s.Points}{(s.Rank is null ? string.Empty : ", rank " + s.Rank)}",
        _ => fact.ToString(),
    };

    private static string Text(KnowledgeBase knowledge)
    {
        var text = new StringBuilder();
        foreach (var facts in knowledge.Facts.Where(f => !f.IsEmpty))
        {
            text.Append("== ").Append(facts.DocumentId).Append(" — ").AppendLine(knowledge.Document(facts.DocumentId)?.Title);
            foreach (var fact in facts.Blocs)
            {
                text.Append("  [").Append(fact.Type).Append(' ').Append(fact.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append("] ")
                    .Append(fact.Bloc.Name).Append(fact.Bloc.Province is null ? string.Empty : $" ({fact.Bloc.Province})").Append(": ").AppendLine(Value(fact));
                text.Append("      ← ").AppendLine(Shorten(fact.Evidence.Text.Replace('\n', ' ')));
            }

            foreach (var campaign in facts.Campaigns)
            {
                text.Append("  [campaign] ").Append(campaign.Name).Append(" — ").Append(campaign.LaunchedBy ?? "?").Append(", ").AppendLine(campaign.LaunchedOn ?? "?");
                text.Append("      ← ").AppendLine(Shorten(campaign.Evidence.Text));
            }

            foreach (var amount in facts.Amounts)
            {
                text.Append("  [amount] ").Append(amount.Title).Append(": ").Append(amount.Multiple).AppendLine(" × mức lương cơ sở");
                text.Append("      ← ").AppendLine(Shorten(amount.Evidence.Text));
            }

            foreach (var succession in facts.Successions)
            {
                text.Append("  [renamed] ").Append(succession.Old).Append(" → ").AppendLine(succession.New);
                text.Append("      ← ").AppendLine(Shorten(succession.Evidence.Text));
            }

            if (facts.BaseSalary is { } salary)
            {
                text.Append("  [base salary] ").AppendLine(salary.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));
            }

            foreach (var document in facts.Documents)
            {
                Document(text, document);
            }
        }

        text.AppendLine().AppendLine("== Records");
        foreach (var bloc in knowledge.Blocs)
        {
            text.Append(bloc.Extracted ? "  extracted " : "  hand-written ").Append(bloc.Id).Append(": ").Append(bloc.DisplayName)
                .Append(bloc.Year is { } y ? $", roster of {y}" : string.Empty).Append(", ").Append(bloc.Members.Count).Append(" members, leaders ")
                .AppendLine(string.Join(", ", bloc.Leaders.Select(l => $"{l.Year}: {l.Unit}")));
        }

        foreach (var campaign in knowledge.Campaigns.Where(c => c.Sources.Count > 0))
        {
            text.Append("  campaign ").Append(campaign.Id).Append(": ").AppendLine(campaign.Name);
        }

        foreach (var document in LegalDocumentAssembler.Assemble(knowledge.Facts))
        {
            text.Append(document.Cited ? "  cited document " : "  document ").Append(LegalDocumentAssembler.Key(document)).Append(": ").AppendLine(Summary(document));
        }

        text.AppendLine().Append("== Conflicts (").Append(knowledge.Conflicts.Count).AppendLine(")");
        foreach (var conflict in knowledge.Conflicts)
        {
            text.Append("  ").AppendLine(conflict.ToString());
        }

        foreach (var error in knowledge.Errors)
        {
            text.Append("  problem: ").AppendLine(error.ToString());
        }

        return text.ToString();
    }

    // "[document] Quyết định 86/2025/QĐ-UBND — issuer …, signed …, signer …, in force from …", each field with its line.
    private static void Document(StringBuilder text, LegalDocumentFact document)
    {
        text.Append(document.Cited ? "  [cited document] " : "  [document] ").AppendLine(Summary(document));
        text.Append("      ← ").AppendLine(Shorten(document.Evidence.Text));
        void Field(string name, Evidence? evidence)
        {
            if (evidence is not null && evidence.Text != document.Evidence.Text)
            {
                text.Append("      ").Append(name).Append(" ← ").AppendLine(Shorten(evidence.Text));
            }
        }

        Field("issuer", document.Issuer?.Evidence);
        Field("signed", document.SignedOn?.Evidence);
        Field("signer", document.Signer?.Evidence);
        Field("in force", document.Effective?.Evidence);
        foreach (var replaced in document.Replaces)
        {
            Field(replaced.Repealed ? "repeals" : "replaces", replaced.Evidence);
        }
    }

    private static string Summary(LegalDocumentFact d)
    {
        var parts = new List<string>();
        void Add(string label, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{label} {value}");
            }
        }

        Add("issuer", d.Issuer?.Value);
        Add("signed", d.SignedOn?.Value);
        Add("signer", d.Signer is { } s ? $"{s.Title} {s.Name}{(s.OnBehalfOf is null ? string.Empty : $" ({s.OnBehalfOf})")}" : null);
        Add("in force from", d.Effective is { } e ? (e.FromSigning ? $"signing ({e.Date ?? "?"})" : e.Date) : null);
        Add("replaces", d.Replaces.Count > 0 ? string.Join("; ", d.Replaces.Select(r => (r.Repealed ? "repeals " : string.Empty) + r.Document)) : null);
        Add("subject", d.Subject?.Value);
        return $"{d.Name}{(parts.Count > 0 ? " — " + string.Join(", ", parts) : string.Empty)}";
    }

    private static void Write(KnowledgeBase knowledge, string output)
    {
        Directory.CreateDirectory(Path.Combine(output, "blocs"));
        Directory.CreateDirectory(Path.Combine(output, "campaigns"));
        foreach (var bloc in knowledge.Blocs.Where(b => b.Extracted))
        {
            File.WriteAllText(Path.Combine(output, "blocs", bloc.Id + ".yaml"), KnowledgeYamlWriter.Bloc(bloc));
        }

        var handWritten = knowledge.Campaigns.Take(0);
        foreach (var facts in knowledge.Facts)
        {
            foreach (var campaign in knowledge.Campaigns.Where(c => facts.Campaigns.Any(f => f.Name == c.Name)))
            {
                File.WriteAllText(Path.Combine(output, "campaigns", campaign.Id + ".yaml"), KnowledgeYamlWriter.Campaign(campaign));
            }
        }

        Console.Error.WriteLine($"Wrote {knowledge.ExtractedBlocs} bloc and {knowledge.Facts.Sum(f => f.Campaigns.Count)} campaign records to {output}.");
    }

    private static string Shorten(string text) => text.Length <= 220 ? text : text[..217] + "…";
}
