using KtdBot.Answering.Plugins;
using KtdBot.Ingestion;
using KtdBot.Search;
using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>
/// Picks the sentences of the retrieved passages that answer a question, and refuses when none covers
/// enough of what was asked. Coverage weighs each word of the question by how rare it is in the
/// knowledge base, so a question about something the base never mentions cannot ride on common words.
/// Words typed with diacritics must match with the same diacritics ("Nhật Bản" is not "nhất", "ban").
/// </summary>
internal static class PassageSelector
{
    private const double MinimumCoverage = 0.6;

    // Function words and question words: they shape the question, not its subject.
    private static readonly HashSet<string> StopSyllables = new(StringComparer.Ordinal)
    {
        "ai", "gi", "nao", "dau", "bao", "nhieu", "may", "sao", "the", "nhu", "la", "khong", "duoc", "cua", "va", "cac", "nhung",
        "cho", "toi", "minh", "ban", "oi", "a", "nhi", "vay", "ha", "xin", "biet", "thi", "o", "tai", "trong", "voi", "den", "ve",
        "khi", "nam", "nay", "do", "ay", "hay", "giup", "em", "anh", "chi", "cai", "nhe", "roi", "da", "dang", "se", "bi", "boi",
        "tu", "ra", "vao", "len", "lam", "muon", "can", "phai", "mot", "nguoi", "co", "gom", "ong", "ba", "hien", "luc", "theo",
    };

    public static IReadOnlyList<(string Sentence, Passage Passage)>? Select(QuestionAnalysis q, IReadOnlyList<Passage> passages, Vocabulary vocabulary)
    {
        var content = Tokenizer.Syllables(q.Text)
            .Where(t => !StopSyllables.Contains(t.Folded))
            .DistinctBy(t => t.HasDiacritics ? t.Accented : t.Folded)
            .ToList();
        if (content.Count == 0 || passages.Count == 0)
        {
            return null;
        }

        // Numbers in a question (a bloc's number, a year) are not negotiable: a passage without them cannot answer.
        var numbers = content.Where(t => char.IsDigit(t.Folded[0])).Select(t => t.Folded).ToList();
        var weights = content.Select(t => vocabulary.Weight(t.Folded)).ToArray();
        var total = weights.Sum();
        (string Sentence, Passage Passage, int Index, double Score, double Coverage)? best = null;
        var candidates = new List<(string Sentence, Passage Passage, int Index, double Score)>();
        for (var rank = 0; rank < Math.Min(4, passages.Count); rank++)
        {
            var passage = passages[rank];
            var context = Tokenizer.Syllables($"{passage.Source.Title} {passage.Heading}").ToList();
            if (numbers.Count > 0)
            {
                var present = context.Concat(Tokenizer.Syllables(passage.Text)).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
                if (!numbers.All(present.Contains))
                {
                    continue;
                }
            }

            var sentences = SplitSentences(passage.Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var tokens = Tokenizer.Syllables(sentences[i]).ToList();
                double inSentence = 0;
                double withContext = 0;
                for (var c = 0; c < content.Count; c++)
                {
                    if (tokens.Any(u => Same(content[c], u)))
                    {
                        inSentence += weights[c];
                        withContext += weights[c];
                    }
                    else if (context.Any(u => Same(content[c], u)))
                    {
                        withContext += weights[c];
                    }
                }

                var score = (inSentence / total) + (0.5 * withContext / total) + AnswerTypeBonus(q.Ask, sentences[i]) - (0.04 * rank);
                candidates.Add((sentences[i], passage, i, score));
                if (best is null || score > best.Value.Score)
                {
                    best = (sentences[i], passage, i, score, withContext / total);
                }
            }
        }

        if (best is not { } chosen || chosen.Coverage < MinimumCoverage)
        {
            return null;
        }

        var result = new List<(string, Passage)> { (chosen.Sentence, chosen.Passage) };
        // A second sentence when it adds support: the next one of the same passage, or a near-equal elsewhere.
        var second = candidates
            .Where(c => !(ReferenceEquals(c.Passage, chosen.Passage) && c.Index == chosen.Index))
            .Where(c => c.Score >= 0.85 * chosen.Score || (ReferenceEquals(c.Passage, chosen.Passage) && c.Index == chosen.Index + 1 && chosen.Sentence.Length < 120))
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        if (second.Sentence is not null && !string.Equals(second.Sentence, chosen.Sentence, StringComparison.Ordinal))
        {
            result.Add((second.Sentence, second.Passage));
        }

        return result;
    }

    private static bool Same(Token query, Token text) =>
        query.HasDiacritics ? string.Equals(query.Accented, text.Accented, StringComparison.Ordinal) : string.Equals(query.Folded, text.Folded, StringComparison.Ordinal);

    private static List<string> SplitSentences(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(Chunker.Sentences)
            .Select(s => s.TrimStart('-', '•', ' '))
            .Where(s => s.Length > 12)
            .ToList();

    private static double AnswerTypeBonus(AskKind ask, string sentence) => ask switch
    {
        AskKind.Figure when sentence.Any(char.IsDigit) => 0.15,
        AskKind.When when sentence.Contains('/', StringComparison.Ordinal) || sentence.Contains("ngày", StringComparison.OrdinalIgnoreCase) => 0.15,
        AskKind.Who when PersonCue(sentence) => 0.15,
        _ => 0,
    };

    private static readonly string[] PersonCues = ["ông ", "bà ", "đồng chí", "Đại tá", "Chủ tịch", "Bí thư", "Giám đốc", "Trưởng ban", "Phó"];

    private static bool PersonCue(string sentence) => PersonCues.Any(c => sentence.Contains(c, StringComparison.Ordinal));
}
