using YamlDotNet.RepresentationModel;

namespace KtdBot.Core.Tests.Answering;

/// <summary>One case of tests/eval/answers.yaml.</summary>
public sealed record AnswerCase(string Id, string Category, IReadOnlyList<string> Turns, bool Grounded, IReadOnlyList<string> Expect, IReadOnlyList<string> Forbid)
{
    private static readonly Lazy<IReadOnlyList<AnswerCase>> Cases = new(() => Load("answers.yaml"));

    public static IReadOnlyList<AnswerCase> LoadAll() => Cases.Value;

    public static IReadOnlyList<AnswerCase> LoadAll(string file) => Load(file);

    private static List<AnswerCase> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "eval", file);
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        var root = yaml.Documents[0].RootNode;
        var items = root is YamlSequenceNode sequence ? sequence : (YamlSequenceNode)((YamlMappingNode)root).Children.Values.First(v => v is YamlSequenceNode);
        return items.Children.OfType<YamlMappingNode>().Select(node =>
        {
            string? Scalar(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
            List<string> Strings(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq
                ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0).ToList()
                : [];
            var turns = Strings("turns");
            if (turns.Count == 0 && Scalar("question") is { } question)
            {
                turns.Add(question);
            }

            return new AnswerCase(Scalar("id") ?? "?", Scalar("category") ?? "?", turns, !string.Equals(Scalar("grounded"), "false", StringComparison.OrdinalIgnoreCase), Strings("expect"), Strings("forbid"));
        }).ToList();
    }
}
