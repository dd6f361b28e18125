using System.Globalization;

namespace KtdBot.Host.Cli;

/// <summary>The verbs of the host executable (see README): serve is the default and is handled by the web host.</summary>
public enum CliVerb
{
    /// <summary>The web host.</summary>
    Serve,

    /// <summary>One answer.</summary>
    Ask,

    /// <summary>An interactive terminal conversation.</summary>
    Chat,

    /// <summary>(Re)build the configured store from a folder.</summary>
    Ingest,

    /// <summary>Retrieval quality on a BEIR folder.</summary>
    Eval,

    /// <summary>Writes knowledge/ as a BEIR corpus.jsonl (for building evaluation sets).</summary>
    ExportBeir,

    /// <summary>What fact extraction read from each document, and the merged records.</summary>
    Facts,
}

/// <summary>A parsed command line: the verb, its positional arguments, its options, and what is left for the host builder.</summary>
public sealed record CliCommand(CliVerb Verb, IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string?> Options, string[] HostArgs)
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--json" };

    private static readonly HashSet<string> VerbOptions = new(StringComparer.Ordinal)
    {
        "--json", "--knowledge", "--conversation", "--beir", "--queries", "--k", "--out", "--yaml",
    };

    /// <summary>Parses args; an unknown verb returns an error message instead.</summary>
    public static CliCommand Parse(string[] args, out string? error)
    {
        error = null;
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return new CliCommand(CliVerb.Serve, [], new Dictionary<string, string?>(), args);
        }

        CliVerb verb;
        switch (args[0])
        {
            case "serve": verb = CliVerb.Serve; break;
            case "ask": verb = CliVerb.Ask; break;
            case "chat": verb = CliVerb.Chat; break;
            case "ingest": verb = CliVerb.Ingest; break;
            case "eval": verb = CliVerb.Eval; break;
            case "export-beir": verb = CliVerb.ExportBeir; break;
            case "facts": verb = CliVerb.Facts; break;
            default:
                error = $"Unknown verb '{args[0]}'. Verbs: serve, ask, chat, ingest, facts, eval, export-beir.";
                return new CliCommand(CliVerb.Serve, [], new Dictionary<string, string?>(), []);
        }

        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var hostArgs = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (verb != CliVerb.Serve && VerbOptions.Contains(arg))
            {
                if (Flags.Contains(arg))
                {
                    options[arg] = null;
                }
                else if (i + 1 < args.Length)
                {
                    options[arg] = args[++i];
                }
                else
                {
                    error = $"Option {arg} needs a value.";
                }

                continue;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                // Anything else (--urls, --Store:Provider=Qdrant …) is configuration for the host builder.
                hostArgs.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    hostArgs.Add(args[++i]);
                }

                continue;
            }

            positional.Add(arg);
        }

        return new CliCommand(verb, positional, options, hostArgs.ToArray());
    }

    /// <summary>True when the flag or option is present.</summary>
    public bool Has(string option) => Options.ContainsKey(option);

    /// <summary>An option's value, or null.</summary>
    public string? Get(string option) => Options.TryGetValue(option, out var value) ? value : null;

    /// <summary>An integer option, or the fallback.</summary>
    public int GetInt(string option, int fallback) =>
        int.TryParse(Get(option), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
