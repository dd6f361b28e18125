using KtdBot.Facts;
using KtdBot.Ingestion;

namespace KtdBot.Knowledge;

/// <summary>
/// Loads a knowledge folder: structured YAML under blocs/, campaigns/ and awards/, and every document
/// any extractor can read (md, txt, html, pdf, docx) anywhere else. A broken or unsupported file is
/// reported by name and skipped; the rest still loads.
/// </summary>
public sealed class KnowledgeLoader(IEnumerable<IDocumentExtractor> extractors)
{
    private static readonly string[] StructuredFolders = ["blocs", "campaigns", "awards"];
    private readonly Dictionary<string, IDocumentExtractor> _byExtension = extractors
        .SelectMany(e => e.Extensions.Select(x => (Extension: x, Extractor: e)))
        .GroupBy(p => p.Extension, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last().Extractor, StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads everything under <paramref name="directory"/>.</summary>
    public async Task<KnowledgeBase> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            return new KnowledgeBase([], [], [], [], [new KnowledgeError(directory, 0, "knowledge folder not found")]);
        }

        var errors = new List<KnowledgeError>();
        var documents = new List<ExtractedDocument>();
        var structured = new List<(string Folder, string Path)>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, path);
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || string.Equals(name, "README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue; // hidden files and the editors' guide are not knowledge
            }

            var extension = Path.GetExtension(path);
            var folder = relative.Split(Path.DirectorySeparatorChar)[0];
            if (extension is ".yaml" or ".yml")
            {
                if (StructuredFolders.Contains(folder, StringComparer.OrdinalIgnoreCase))
                {
                    structured.Add((folder.ToLowerInvariant(), path));
                }
                else
                {
                    errors.Add(new KnowledgeError(relative, 0, $"YAML files belong in {string.Join(", ", StructuredFolders.Select(f => f + "/"))}; skipped"));
                }

                continue;
            }

            if (!_byExtension.TryGetValue(extension, out var extractor))
            {
                errors.Add(new KnowledgeError(relative, 0, $"unsupported file type '{extension}'; skipped"));
                continue;
            }

            try
            {
                await using var stream = File.OpenRead(path);
                var document = await extractor.ExtractAsync(stream, relative, cancellationToken).ConfigureAwait(false);
                if (documents.Any(d => d.Id == document.Id))
                {
                    errors.Add(new KnowledgeError(relative, 0, $"duplicate document id '{document.Id}'; skipped"));
                    continue;
                }

                documents.Add(document);
            }
            catch (Exception ex) when (ex is DocumentFormatException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                errors.Add(new KnowledgeError(relative, 0, ex.Message.StartsWith(relative, StringComparison.Ordinal) ? ex.Message[(relative.Length + 1)..].Trim() : ex.Message));
            }
        }

        var knownSources = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var blocs = new List<Bloc>();
        var campaigns = new List<Campaign>();
        var awards = new List<AwardTitle>();
        foreach (var (folder, path) in structured)
        {
            var relative = Path.GetRelativePath(directory, path);
            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            var fields = StructuredKnowledgeReader.Open(text, relative, errors, knownSources);
            if (fields is null)
            {
                continue;
            }

            switch (folder)
            {
                case "blocs" when StructuredKnowledgeReader.ReadBloc(fields) is { } bloc:
                    blocs.Add(bloc);
                    files[bloc.Id] = relative;
                    break;
                case "campaigns" when StructuredKnowledgeReader.ReadCampaign(fields) is { } campaign:
                    campaigns.Add(campaign);
                    break;
                case "awards" when StructuredKnowledgeReader.ReadAward(fields) is { } award:
                    awards.Add(award);
                    break;
            }
        }

        // Fact extraction: every document's blocs, campaigns and amounts join the hand-written records (which win).
        var facts = documents.Select(FactExtractor.Extract).ToList();
        var titles = documents.ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        var conflicts = new List<KnowledgeConflict>();
        var extracted = FactAssembler.Blocs(facts, id => titles.GetValueOrDefault(id, id));
        var allBlocs = KnowledgeMerger.MergeBlocs(blocs, extracted, id => files.GetValueOrDefault(id, $"blocs/{id}.yaml"), conflicts);
        var allCampaigns = KnowledgeMerger.MergeCampaigns(campaigns, FactAssembler.Campaigns(facts));
        blocs = allBlocs.ToList();
        campaigns = allCampaigns.ToList();

        var sources = documents.ToDictionary(d => d.Id, d => d.Source, StringComparer.Ordinal);
        DocumentSource SourceFor(string? id) =>
            id is not null && sources.TryGetValue(id, out var source) ? source : new DocumentSource("knowledge/", null, id ?? "knowledge");

        var rendered = blocs.SelectMany(b => KnowledgeRenderer.Render(b, SourceFor))
            .Concat(campaigns.SelectMany(c => KnowledgeRenderer.Render(c, SourceFor)))
            .Concat(awards.Select(a => KnowledgeRenderer.Render(a, SourceFor)));
        documents.AddRange(rendered);
        return new KnowledgeBase(documents, blocs, campaigns, awards, errors) { Facts = facts, Conflicts = conflicts };
    }
}
