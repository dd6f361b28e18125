using KtdBot.Facts;
using KtdBot.Ingestion;

namespace KtdBot.Knowledge;

/// <summary>How far a load has come: files seen of all, the file now read, and how many came from the cache.</summary>
public sealed record LoadProgress(int Done, int Total, string File, int FromCache);

/// <summary>
/// Loads a knowledge folder: structured YAML under blocs/, campaigns/ and awards/, and every document
/// any extractor can read (md, txt, html, pdf, docx) anywhere else. A broken or unsupported file is
/// reported by name and skipped; the rest still loads.
/// </summary>
public sealed class KnowledgeLoader(IEnumerable<IDocumentExtractor> extractors, Func<string, IParsedFileCache>? openCache = null)
{
    private static readonly string[] StructuredFolders = ["blocs", "campaigns", "awards"];
    private readonly Dictionary<string, IDocumentExtractor> _byExtension = extractors
        .SelectMany(e => e.Extensions.Select(x => (Extension: x, Extractor: e)))
        .GroupBy(p => p.Extension, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last().Extractor, StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads everything under <paramref name="directory"/>; <paramref name="progress"/> hears of each file read.</summary>
    public async Task<KnowledgeBase> LoadAsync(string directory, CancellationToken cancellationToken, IProgress<LoadProgress>? progress = null)
    {
        if (!Directory.Exists(directory))
        {
            return new KnowledgeBase([], [], [], [], [new KnowledgeError(directory, 0, "knowledge folder not found")]);
        }

        var errors = new List<KnowledgeError>();
        var structured = new List<(string Folder, string Path)>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var readable = new List<(string Path, string Relative, IDocumentExtractor Extractor)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, path);
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || string.Equals(name, "README.md", StringComparison.OrdinalIgnoreCase)
                || relative.Split(Path.DirectorySeparatorChar).SkipLast(1).Any(d => d.StartsWith('.') || d == FileParsedFileCache.FolderName))
            {
                continue; // hidden files, the editors' guide and our own parse cache (Data:Path inside the folder) are not knowledge
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

            readable.Add((path, relative, extractor));
        }

        // Files are parsed in parallel (one per core) and kept in path order, so a load is the same whatever the timing.
        var cache = openCache?.Invoke(directory);
        var parsed = new (ParsedFile? File, bool Cached, string? Error)[readable.Count];
        var done = 0;
        var fromCache = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, readable.Count), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, ct) =>
        {
            var (path, relative, extractor) = readable[i];
            try
            {
                var (file, cached) = await ParseAsync(path, relative, extractor, cache, ct).ConfigureAwait(false);
                parsed[i] = (file, cached, null);
                if (cached)
                {
                    Interlocked.Increment(ref fromCache);
                }
            }
            catch (Exception ex) when (ex is DocumentFormatException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                parsed[i] = (null, false, ex.Message.StartsWith(relative, StringComparison.Ordinal) ? ex.Message[(relative.Length + 1)..].Trim() : ex.Message);
            }

            progress?.Report(new LoadProgress(Interlocked.Increment(ref done), readable.Count, relative, Volatile.Read(ref fromCache)));
        }).ConfigureAwait(false);

        var documents = new List<ExtractedDocument>();
        var facts = new List<DocumentFacts>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < readable.Count; i++)
        {
            var relative = readable[i].Relative;
            if (parsed[i].File is not { } file)
            {
                errors.Add(new KnowledgeError(relative, 0, parsed[i].Error ?? "could not be read"));
                continue;
            }

            if (!ids.Add(file.Document.Id))
            {
                errors.Add(new KnowledgeError(relative, 0, $"duplicate document id '{file.Document.Id}'; skipped"));
                continue;
            }

            documents.Add(file.Document);
            facts.Add(file.Facts);
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

        if (cache is not null)
        {
            await cache.SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        // Fact extraction ran with each file's parsing: every document's blocs, campaigns and amounts join the hand-written records (which win).
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
        return new KnowledgeBase(documents, blocs, campaigns, awards, errors) { Facts = facts, Conflicts = conflicts, FilesFromCache = fromCache };
    }

    // extract → clean (inside the extractors) → facts; or both from the cache when the file's bytes are unchanged.
    private static async Task<(ParsedFile Parsed, bool Cached)> ParseAsync(string path, string relative, IDocumentExtractor extractor, IParsedFileCache? cache, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var key = cache is null ? null : ParsedFileKey.Of(relative, bytes);
        if (key is not null && cache!.Find(key) is { } hit)
        {
            return (hit, true);
        }

        using var stream = new MemoryStream(bytes, writable: false);
        var document = await extractor.ExtractAsync(stream, relative, cancellationToken).ConfigureAwait(false);
        var facts = FactExtractor.Extract(document);
        var parsed = new ParsedFile(RecordSourcing.Apply(document, facts), facts);
        if (key is not null)
        {
            cache!.Put(key, parsed);
        }

        return (parsed, false);
    }
}
