using System.Text.Json;
using KtdBot.Answering;
using KtdBot.Evaluation;
using KtdBot.Host.Hosting;
using KtdBot.Ingestion;
using KtdBot.Search;

namespace KtdBot.Host.Cli;

/// <summary>Runs the non-web verbs against the same services as the web host.</summary>
public static class CliRunner
{
    /// <summary>Builds a console host with the KtdBot services and runs the verb; returns the exit code.</summary>
    public static async Task<int> RunAsync(CliCommand command)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = command.HostArgs });
        if (command.Get("--knowledge") is { } knowledgeDir)
        {
            builder.Configuration["Knowledge:Path"] = Path.GetFullPath(knowledgeDir);
        }

        // Logs go to stderr so that stdout carries only the answer or the JSON.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning); // appsettings' Information defaults are for the web host
        builder.AddKtdBot();
        using var host = builder.Build();
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var services = host.Services;
        var startup = services.GetRequiredService<KnowledgeStartup>();
        try
        {
            return command.Verb switch
            {
                CliVerb.Ask => await AskAsync(command, startup, services.GetRequiredService<IAnswerService>(), cancellation.Token),
                CliVerb.Chat => await ChatAsync(command, startup, services.GetRequiredService<IAnswerService>(), cancellation.Token),
                CliVerb.Ingest => await IngestAsync(command, startup, cancellation.Token),
                CliVerb.Eval => await EvalAsync(command, services.GetRequiredService<IngestionPipeline>(), cancellation.Token),
                CliVerb.Facts => await FactsCommand.RunAsync(command, startup, services.GetRequiredService<KnowledgeIndex>(), cancellation.Token),
                CliVerb.ExportBeir => await ExportBeirAsync(command, startup, services.GetRequiredService<KnowledgeIndex>(), cancellation.Token),
                _ => 2,
            };
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Operators get the reason in one line (Qdrant unreachable, unreadable BEIR file …), not a stack trace.
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> AskAsync(CliCommand command, KnowledgeStartup startup, IAnswerService answers, CancellationToken cancellationToken)
    {
        var text = string.Join(' ', command.Positional);
        await startup.LoadAsync(null, forceIngest: false, cancellationToken);
        var conversation = command.Get("--conversation") ?? string.Empty;
        var answer = await answers.AnswerAsync(new Question(conversation, text), cancellationToken);
        if (command.Has("--json"))
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(AnswerResponse.From(answer, command.Get("--conversation")), AnswerResponse.JsonOptions));
        }
        else
        {
            Console.Out.WriteLine(AnswerText.Render(answer));
        }

        return 0;
    }

    private static async Task<int> ChatAsync(CliCommand command, KnowledgeStartup startup, IAnswerService answers, CancellationToken cancellationToken)
    {
        await startup.LoadAsync(null, forceIngest: false, cancellationToken);
        var conversation = command.Get("--conversation") ?? $"cli:{Guid.NewGuid():N}";
        Console.Out.WriteLine("KtdBot — hỏi về phong trào thi đua, khối/cụm thi đua, danh hiệu và khen thưởng. Gõ /help để xem gợi ý, /thoat để thoát.");
        while (!cancellationToken.IsCancellationRequested)
        {
            Console.Out.Write("> ");
            var line = Console.In.ReadLine();
            if (line is null || line.Trim() is "/thoat" or "/exit" or "/quit")
            {
                return 0;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var answer = await answers.AnswerAsync(new Question(conversation, line), cancellationToken);
            Console.Out.WriteLine(AnswerText.Render(answer));
            Console.Out.WriteLine();
        }

        return 0;
    }

    private static async Task<int> IngestAsync(CliCommand command, KnowledgeStartup startup, CancellationToken cancellationToken)
    {
        var folder = command.Positional.Count > 0 ? command.Positional[0] : null;
        var report = await startup.LoadAsync(folder, forceIngest: true, cancellationToken, new IngestProgress(Console.Error));
        foreach (var error in report.Errors)
        {
            Console.Error.WriteLine($"skipped: {error}");
        }

        Console.Out.WriteLine($"Ingested {report.Documents} documents as {report.Chunks} passages in {report.Elapsed.TotalMilliseconds:F0} ms ({report.FilesFromCache} files unchanged since the last run, {report.Errors.Count} problems).");
        return 0;
    }

    private static async Task<int> EvalAsync(CliCommand command, IngestionPipeline pipeline, CancellationToken cancellationToken)
    {
        if (command.Get("--beir") is not { } folder)
        {
            await Console.Error.WriteLineAsync("eval needs --beir <dir> (corpus.jsonl, queries.jsonl, qrels/test.tsv).");
            return 2;
        }

        var set = BeirDataset.Load(folder, command.Get("--queries"));
        var result = await BeirEvaluator.RunAsync(set, pipeline, command.GetInt("--k", 10), cancellationToken);
        Console.Out.WriteLine(JsonSerializer.Serialize(result, AnswerResponse.JsonOptions));
        return 0;
    }

    private static async Task<int> ExportBeirAsync(CliCommand command, KnowledgeStartup startup, KnowledgeIndex index, CancellationToken cancellationToken)
    {
        var output = command.Get("--out") ?? (command.Positional.Count > 0 ? command.Positional[0] : null);
        if (output is null)
        {
            await Console.Error.WriteLineAsync("export-beir needs --out <dir>.");
            return 2;
        }

        await startup.LoadAsync(null, forceIngest: false, cancellationToken);
        var count = BeirDataset.WriteCorpus(index.Knowledge.Documents, Path.Combine(output, "corpus.jsonl"));
        Console.Out.WriteLine($"Wrote {count} documents to {Path.Combine(output, "corpus.jsonl")}.");
        return 0;
    }
}
