using KtdBot.Answering.Passages;
using KtdBot.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KtdBot.Answering;

/// <summary>
/// The data table of how a question is read (Answering/Data/question-cues.yaml): cue lists, intents in precedence,
/// relative years, the kinds of fact asked for, shorthand, synonyms, name spellings and greetings. Loaded and checked
/// once; the code reading it is generic, so a new phrasing is a data change.
/// </summary>
public sealed class QuestionCues
{
    private const string ResourceName = "KtdBot.question-cues.yaml";

    private static readonly Lazy<QuestionCues> Shipped = new(() =>
    {
        using var stream = typeof(QuestionCues).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "Answering/Data/question-cues.yaml");
    });

    private readonly IReadOnlyDictionary<string, string[][]> _lists;

    private QuestionCues(CueFile file, string origin)
    {
        _lists = file.Cues.ToDictionary(c => c.Key, c => Split(c.Value), StringComparer.Ordinal);
        Intents = file.Intents.Select((rule, i) => IntentRule.From(rule, i, this, origin)).ToList();
        RelativeYears = file.RelativeYears.Select((r, i) => (r.Offset, Split(r.Cues), r.From switch
        {
            null or "" or "discussed" => false,
            "today" => true,
            _ => throw Invalid(origin, $"relative-years[{i}].from", $"'{r.From}' is neither 'today' nor 'discussed'"),
        })).ToList();
        AnswerTypes = file.AnswerTypes.Select((row, i) => (Enum.TryParse<AnswerType>(row.Type, out var type) && type != AnswerType.None
            ? type : throw Invalid(origin, $"answer-types[{i}]", $"unknown type '{row.Type}'"), Split(row.Cues))).ToList();
        Shorthand = Folded(file.Shorthand);
        ShorthandBeforeNumber = Folded(file.ShorthandBeforeNumber);
        Synonyms = file.Synonyms.Select(s => (VietnameseText.Fold(s.Key).Split(' '), s.Value))
            .OrderByDescending(s => s.Item1.Length).ToList();
        NameSpellings = file.NameSpellings.Select((pair, i) => pair.Count == 2 ? (pair[0], pair[1]) : throw Invalid(origin, $"name-spellings[{i}]", "give the long form and the short one")).ToList();
        Fillers = Split(file.Fillers);
        foreach (var required in Enum.GetValues<Cue>().Select(Name).Where(n => !_lists.ContainsKey(n)))
        {
            throw Invalid(origin, "cues", $"the list '{required}' is read by the code and must be present");
        }
    }

    /// <summary>The table shipped with the bot.</summary>
    public static QuestionCues Default => Shipped.Value;

    /// <summary>Intents in precedence.</summary>
    internal IReadOnlyList<IntentRule> Intents { get; }

    /// <summary>Years said in words: the offset from the year counted from, and its phrases.</summary>
    /// <summary>Years said in words; <c>FromToday</c> rows ("năm ngoái", "năm kia") never count from the year discussed.</summary>
    internal IReadOnlyList<(int Offset, string[][] Phrases, bool FromToday)> RelativeYears { get; }

    /// <summary>The kinds of fact asked for, in precedence.</summary>
    internal IReadOnlyList<(AnswerType Type, string[][] Phrases)> AnswerTypes { get; }

    /// <summary>Folded shorthand → what it stands for.</summary>
    internal IReadOnlyDictionary<string, string> Shorthand { get; }

    /// <summary>Folded shorthand that counts only before a number.</summary>
    internal IReadOnlyDictionary<string, string> ShorthandBeforeNumber { get; }

    /// <summary>Folded phrases and the knowledge base's words for them, longest first.</summary>
    internal IReadOnlyList<(string[] Phrase, string Meaning)> Synonyms { get; }

    /// <summary>A name's long form and short form.</summary>
    internal IReadOnlyList<(string Long, string Short)> NameSpellings { get; }

    /// <summary>Greetings and politeness, folded syllables.</summary>
    internal string[][] Fillers { get; }

    /// <summary>Reads a table from YAML; <paramref name="origin"/> names it in errors.</summary>
    public static QuestionCues Parse(string yaml, string origin)
    {
        CueFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build().Deserialize<CueFile>(yaml);
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{origin}: line {ex.Start.Line}: {ex.Message}", ex);
        }

        return new QuestionCues(file, origin);
    }

    /// <summary>The phrases of a cue list.</summary>
    internal string[][] this[Cue cue] => _lists[Name(cue)];

    /// <summary>The phrases of a cue list by its name in the file, or null.</summary>
    internal string[][]? List(string name) => _lists.GetValueOrDefault(name);

    private static string Name(Cue cue) => string.Concat(cue.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    private static string[][] Split(IEnumerable<string> phrases) => phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    private static Dictionary<string, string> Folded(Dictionary<string, string> map) =>
        map.ToDictionary(p => VietnameseText.Fold(p.Key).ToLowerInvariant(), p => p.Value, StringComparer.Ordinal);

    internal static InvalidDataException Invalid(string origin, string key, string problem) => new($"{origin}: {key}: {problem}");

    // The file's shape, for the deserializer.
    private sealed class CueFile
    {
        public Dictionary<string, List<string>> Cues { get; set; } = [];

        public List<IntentRow> Intents { get; set; } = [];

        public List<RelativeYearRow> RelativeYears { get; set; } = [];

        public List<AnswerTypeRow> AnswerTypes { get; set; } = [];

        public Dictionary<string, string> Shorthand { get; set; } = [];

        public Dictionary<string, string> ShorthandBeforeNumber { get; set; } = [];

        public Dictionary<string, string> Synonyms { get; set; } = [];

        public List<List<string>> NameSpellings { get; set; } = [];

        public List<string> Fillers { get; set; } = [];
    }

    internal sealed class IntentRow
    {
        public string Ask { get; set; } = string.Empty;

        public List<string> When { get; set; } = [];

        public List<string> Unless { get; set; } = [];

        public List<string> If { get; set; } = [];

        public List<string> IfNot { get; set; } = [];
    }

    private sealed class RelativeYearRow
    {
        public int Offset { get; set; }

        public string? From { get; set; }

        public List<string> Cues { get; set; } = [];
    }

    private sealed class AnswerTypeRow
    {
        public string Type { get; set; } = string.Empty;

        public List<string> Cues { get; set; } = [];
    }
}

/// <summary>The cue lists the code reads by name; each must be in the table (a list named "out-of-scope" for <see cref="OutOfScope"/>).</summary>
internal enum Cue
{
    FollowUp,
    Latest,
    Injection,
    Contact,
    OutOfScope,
    CampaignWord,
    Which,
    LauncherWord,
    ObsoleteRule,
    ChangedRule,
    Chair,
    Forms,
    LeaderToo,
    DocumentBack,
    DocumentNumber,
    GeneralRule,
    NarrowList,
    SecondPart,
    TitleBack,
    UnitRole,
}
