using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Passages;

/// <summary>A unit of a passage scored against the question: quoted as <see cref="Sentence"/>, its own words in <see cref="Raw"/>.</summary>
internal record struct Candidate(string Sentence, Passage Passage, int Index, double Score, bool Shows, string Raw, bool Eligible, UnitKind Kind);

/// <summary>
/// The answer around the unit chosen: the whole list an item belongs to, the sentence a "Như vậy, …" leans on,
/// near-equals elsewhere, the steps of a procedure, and the best unit for each further kind of fact asked.
/// </summary>
internal static class SupportingSentences
{
    public static List<(string, Passage)> Around(
        QuestionFrame q,
        (string Sentence, Passage Passage, int Index, double Score, double Coverage, string Raw) chosen,
        List<Candidate> candidates,
        bool wantsList,
        IReadOnlyList<AnswerType> answerTypes)
    {
        // Supporting sentences: near-equals elsewhere, and for how-to questions the steps that follow.
        var steps = q.Ask is AskKind.HowTo or AskKind.Procedure;

        // One item of a dossier, a procedure or a criteria list stands for the whole list it belongs to.
        if ((steps || wantsList || q.Ask == AskKind.Criteria) && answerTypes.Count == 0
            && candidates.FirstOrDefault(c => c.Kind == UnitKind.List && ReferenceEquals(c.Passage, chosen.Passage)
                && candidates.Any(i => i.Kind == UnitKind.Item && ReferenceEquals(i.Passage, chosen.Passage) && i.Index == chosen.Index && c.Raw.Contains(i.Raw.TrimEnd('.', ';'), StringComparison.Ordinal))) is { Sentence: { } list } wholeList)
        {
            chosen = chosen with { Sentence = list, Index = wholeList.Index, Raw = wholeList.Raw };
        }
        var extra = candidates
            .Where(c => !(ReferenceEquals(c.Passage, chosen.Passage) && c.Index == chosen.Index) && c.Shows)
            .Where(c => !chosen.Sentence.Contains(c.Raw, StringComparison.Ordinal))
            .Where(c => c.Score >= 0.85 * chosen.Score
                || (ReferenceEquals(c.Passage, chosen.Passage) && c.Index == chosen.Index + 1 && (steps || chosen.Sentence.Length < 120))
                || (steps && ReferenceEquals(c.Passage, chosen.Passage) && Math.Abs(c.Index - chosen.Index) <= 2))
            .OrderByDescending(c => c.Score)
            .Take(steps ? 4 : 2)
            .OrderBy(c => ReferenceEquals(c.Passage, chosen.Passage) ? c.Index : int.MaxValue);
        var result = new List<(string, Passage)>();

        // "Nội dung của luật sửa đổi này …" leans on the sentence before it: bring that one along.
        if (SentenceEvidence.RefersBack(chosen.Raw) && candidates.FirstOrDefault(c => ReferenceEquals(c.Passage, chosen.Passage) && c.Index == chosen.Index - 1) is { Sentence: { } before })
        {
            result.Add((before, chosen.Passage));
        }

        result.Add((chosen.Sentence, chosen.Passage));
        foreach (var c in extra)
        {
            if (!result.Any(r => string.Equals(r.Item1, c.Sentence, StringComparison.Ordinal)))
            {
                result.Add((c.Sentence, c.Passage));
            }
        }

        // A question that asks two things ("hiệu lực từ khi nào, thay thế văn bản nào") gets the best unit for each.
        foreach (var type in answerTypes.Where(t => !result.Any(r => AnswerTypes.Shows(t, r.Item1))))
        {
            if (candidates.Where(c => c.Eligible && AnswerTypes.Shows(type, c.Raw)).OrderByDescending(c => c.Score).FirstOrDefault() is { Sentence: { } other } second)
            {
                result.Add((other, second.Passage));
            }
        }

        return result;
    }
}
