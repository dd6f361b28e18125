using KtdBot.Answering.Passages;
using KtdBot.Answering.Plugins;
using KtdBot.Ingestion;
using KtdBot.Search;
using KtdBot.Text;
using static KtdBot.Answering.Passages.QuestionWords;
using static KtdBot.Answering.Passages.SentenceEvidence;

namespace KtdBot.Answering;

/// <summary>
/// Picks the sentences of the retrieved passages that answer a question, and refuses when none covers
/// enough of what was asked. Coverage weighs each word of the question by how rare it is in the
/// knowledge base, so a question about something the base never mentions cannot ride on common words.
/// Words typed with diacritics must match with the same diacritics ("Nhật Bản" is not "nhất", "ban").
/// </summary>
internal static class PassageSelector
{
    internal const double MinimumCoverage = 0.6;

    /// <summary>The sentences that answer <paramref name="query"/> (the question, or a follow-up joined to the question it follows), or null.</summary>
    /// <param name="documentSyllables">The folded syllables of a whole document by id: a passage may leave out what its document says elsewhere (the province, the bloc's name).</param>
    /// <param name="documents">The whole document by id, to complete a list a passage cuts off and to name the article a clause sits under.</param>
    public static IReadOnlyList<(string Sentence, Passage Passage)>? Select(
        QuestionFrame q, string query, IReadOnlyList<Passage> passages, Vocabulary vocabulary, string? preferredDocument = null, Func<string, List<string>>? documentSyllables = null,
        Func<string, ExtractedDocument?>? documents = null)
    {
        // A follow-up first looks in the document the previous answer came from.
        if (preferredDocument is not null && passages.Any(p => p.Source.DocumentId == preferredDocument))
        {
            var same = Select(q, query, passages.Where(p => p.Source.DocumentId == preferredDocument).ToList(), vocabulary, null, documentSyllables, documents);
            if (same is not null)
            {
                return same;
            }
        }

        // "Còn kế hoạch của Đắk Lắk thì ai ký?" after a question about Nghệ An: a province of its own replaces the earlier subject.
        if (query.Length > q.Text.Length && query.EndsWith(q.Text, StringComparison.Ordinal)
            && q.Provinces.Any(p => !ProvinceMentions.Names(NameMatcher.Syllables(query[..^q.Text.Length]), p)))
        {
            query = q.Text;
        }

        var typedWithMarks = Tokenizer.Syllables(query).Any(t => t.HasDiacritics);
        var asking = Asking.Of(q.Text);
        var literal = CapitalisedWords(query);
        // "Khối thi đua 11" must be named as such (in the province asked), not merely contain an 11 somewhere.
        bool NamesBlocIn(List<string> syllables) =>
            NamesBloc(syllables, q.Blocs.Number ?? 0) && q.Provinces.All(p => Contains(syllables, p.Split(' ')));
        var provinceSyllables = q.Provinces.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        bool IsBlocNumber(string n) => q.Blocs.Number is { } b && n == b.ToString(System.Globalization.CultureInfo.InvariantCulture);
        bool Same(Token asked, Token text) => typedWithMarks && literal.Contains(asked.Accented)
            ? string.Equals(asked.Accented, text.Accented, StringComparison.Ordinal)
            : QuestionWords.Same(asked, text);
        var content = Tokenizer.Syllables(query)
            .Where(t => literal.Contains(t.Accented) || (!IsStop(t, typedWithMarks) && !AccentedStopSyllables.Contains(t.Accented)))
            .DistinctBy(t => t.HasDiacritics ? t.Accented : t.Folded)
            .ToList();
        // Shorthand the documents also use ("CSTĐCS") was left as typed: it matches either spelling below.
        var spelledOut = content.Select(t => ChatShorthand.Meaning(t.Folded)).ToArray();
        if (spelledOut.Any(p => p is not null && p.All(StopSyllables.Contains)))
        {
            // "dc" for "được" is a function word however it is spelled.
            var keep = Enumerable.Range(0, content.Count).Where(c => spelledOut[c] is not { } p || !p.All(StopSyllables.Contains)).ToList();
            content = keep.Select(c => content[c]).ToList();
            spelledOut = keep.Select(c => spelledOut[c]).ToArray();
        }

        if (content.Count == 0 || passages.Count == 0)
        {
            return null;
        }

        // Numbers in a question (a bloc's number, a year) are not negotiable: a passage without them cannot answer.
        // A follow-up that names a province of its own ("còn kế hoạch của Đắk Lắk thì ai ký?") leaves the numbers of the
        // question before it ("Kế hoạch 982") behind.
        var ownSyllables = NameMatcher.Syllables(q.Text);
        var numbers = content.Where(t => char.IsDigit(t.Folded[0]))
            .Where(t => q.Provinces.Count == 0 || ownSyllables.Contains(t.Folded, StringComparer.Ordinal))
            .Select(t => t.Folded).ToList();

        // (A province is often only in the document's metadata, so it is not required here; bloc questions check it below.)
        var names = content.Where(t => literal.Contains(t.Accented) && !AccentedStops.Contains(t.Accented) && !provinceSyllables.Contains(t.Folded)).ToList();

        // A bloc named in words the records do not know ("khối các cơ quan Đảng") is answered only by a passage that
        // carries those words: another bloc's passage shares everything else (khối, tỉnh, năm, khối trưởng).
        var naming = q.Blocs.Mentioned && q.Blocs.Matches.Count == 0 && q.Blocs.Number is null
            ? content.Where(t => !char.IsDigit(t.Folded[0]) && !IsGenericBlocWord(t, typedWithMarks) && !provinceSyllables.Contains(t.Folded)).ToList()
            : [];
        var weights = content.Select(t => vocabulary.Weight(t.Folded)).ToArray();
        var topic = content.Select(t => IsGenericBlocWord(t, typedWithMarks) || IsBlocNumber(t.Folded) || provinceSyllables.Contains(t.Folded)).ToArray();
        var pairs = Pairs(Tokenizer.Syllables(query).Where(t => !StopSyllables.Contains(t.Folded)).Select(t => t.Folded).ToList());
        var total = weights.Sum();
        (string Sentence, Passage Passage, int Index, double Score, double Coverage, string Raw)? best = null;
        var bestRank = double.MinValue;
        var wantsList = WantsList(q);
        var candidates = new List<Candidate>();
        var answerTypes = AnswerTypes.AllOf(q.Syllables);
        var answerType = answerTypes.FirstOrDefault(AnswerType.None);
        bool IsTypeCue(string folded) => answerTypes.Any(t => AnswerTypes.IsCue(t, folded));
        var yesNo = QuestionForms.IsYesNo(q.Syllables);
        var countsAsked = QuestionForms.AsksHowMany(q.Syllables);
        // "theo tờ trình số mấy, ngày nào": the preamble's own subject is asked, so its numbers and dates are the answer.
        var asksPreamble = AnswerTypes.AsksPreamble(q.Syllables);
        var kindAsked = AnswerTypes.DocumentKindAsked(q.Syllables);

        // A follow-up searched with the question before it ("… bao nhiêu hộ nghèo? bao nhiêu hộ đã thoát nghèo"):
        // its own new words ("thoát") are what it asks, and a unit that carries them comes first.
        var earlier = query.Length > q.Text.Length && query.EndsWith(q.Text, StringComparison.Ordinal)
            ? Tokenizer.Syllables(query[..^q.Text.Length]).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal)
            : null;
        var fresh = earlier is null ? [] : Enumerable.Range(0, content.Count)
            .Where(c => !earlier.Contains(content[c].Folded) && !char.IsDigit(content[c].Folded[0]) && !IsTypeCue(content[c].Folded) && !FollowUpWords.Contains(content[c].Folded))
            .ToList();

        // Shorthand the documents also use ("CSTĐCS") was left as typed: it matches either spelling.

        bool Carries(List<Token> text, int c) =>
            text.Any(u => Same(content[c], u)) || (spelledOut[c] is { } phrase && Contains(text.Select(u => u.Folded).ToList(), phrase));

        // How much of what was asked a passage carries anywhere, the words that only ask for the type set aside.
        double CoversAsked(List<Token> passageTokens)
        {
            var asked = Enumerable.Range(0, content.Count).Where(c => !IsTypeCue(content[c].Folded)).ToList();
            var weight = asked.Sum(c => weights[c]);
            return weight == 0 ? 0 : asked.Where(c => Carries(passageTokens, c)).Sum(c => weights[c]) / weight;
        }

        for (var rank = 0; rank < Math.Min(wantsList || q.Ask == AskKind.Figure || answerType != AnswerType.None ? 8 : 4, passages.Count); rank++)
        {
            var passage = passages[rank];
            var context = Tokenizer.Syllables($"{passage.Source.Title} {passage.Heading}").ToList();
            var passageTokens = context.Concat(Tokenizer.Syllables(passage.Text)).ToList();
            var passageSyllables = passageTokens.Select(t => t.Folded).ToList();
            var whole = documentSyllables?.Invoke(passage.Source.DocumentId);
            var document = documents?.Invoke(passage.Source.DocumentId);
            var outline = document is null ? null : DocumentOutline.Of(document);

            // (A document's own number, "QĐ 86/2025", is in its header, not in every passage.)
            // "7 thành viên" is written "07 thành viên" in a decision.
            if (numbers.Count > 0 && !numbers.All(n => passageSyllables.Contains(n) || passageSyllables.Contains("0" + n) || IsBlocNumber(n) || outline?.HeaderSyllables.Contains(n) == true))
            {
                continue;
            }

            if (naming.Count > 0 && !naming.All(n => passageTokens.Any(u => Same(n, u))))
            {
                continue;
            }

            // Nor is a question about "Nam Đàn" answered by a passage that never names it.
            if (names.Count > 0 && !names.All(n => passageTokens.Any(u => Same(n, u))))
            {
                continue;
            }

            // A question about one province is not answered from another province's passage (nor from a law article
            // that never names it: "Ở Bắc Ninh, …" asks what Bắc Ninh's own rules say).
            // A provincial paper speaks of its own province ("LĐLĐ tỉnh" in Báo Cà Mau).
            var publisher = document is null ? [] : Tokenizer.Syllables(document.Source.Publication).Select(t => t.Folded).ToList();
            if (!q.Provinces.All(p => ProvinceMentions.Names(passageSyllables, p))
                && !(whole is not null && q.Provinces.All(p => ProvinceMentions.Names(whole, p)))
                && !q.Provinces.All(p => ProvinceMentions.Names(publisher, p)))
            {
                continue;
            }

            if (q.Blocs.Number is { } blocNumber && q.Blocs.Matches.Count == 0
                && !(NamesBlocIn(passageSyllables) || (whole is not null && NamesBlocIn(whole))))
            {
                continue;
            }

            // "Ai ký?", "ban hành ngày nào?": the signature block or the header of the document the question is about.
            if (AnswerTypes.AboutTheDocument(answerType))
            {
                if (DocumentFact(answerType, outline) is { } fact && CoversAsked(passageTokens) >= MinimumCoverage)
                {
                    return [(fact, passage)];
                }

                continue;
            }

            var located = outline?.Locate(passage);
            var subject = outline is null ? [] : Tokenizer.Syllables(outline.Subject).ToList();
            var units = located is { } span ? AnswerUnits.Of(span.Lines, passage.Heading) : AnswerUnits.Of(passage.Text, passage.Heading);
            var heading = Tokenizer.Syllables(passage.Heading).ToList();
            var headingTokens = heading.Select(t => t.Folded).ToList();
            foreach (var unit in units.Where(u => u.Answers))
            {
                var sentence = unit.Text;
                // A list is as relevant as the line that introduces it: its items' words would let any long list cover any question.
                var tokens = Tokenizer.Syllables(unit is { Kind: UnitKind.List, Lead: { } intro } ? intro : sentence).ToList();
                var lead = unit.Lead is null || unit.Kind == UnitKind.List ? [] : Tokenizer.Syllables(unit.Lead).ToList();
                double inSentence = 0;
                double withContext = 0;
                var typed = answerTypes.Any(t => AnswerTypes.Shows(t, sentence));
                for (var c = 0; c < content.Count; c++)
                {
                    // The words that only ask for the kind of answer ("thay thế văn bản nào") are answered by a unit of that kind.
                    if (Carries(tokens, c) || (typed && IsTypeCue(content[c].Folded)))
                    {
                        inSentence += weights[c];
                        withContext += weights[c];
                    }
                    else if (Carries(heading, c) || Carries(lead, c))
                    {
                        // The section heading, or the lead-in of its list, is the unit's topic ("… đạt các tiêu chuẩn sau:").
                        inSentence += 0.75 * weights[c];
                        withContext += weights[c];
                    }
                    else if (Carries(subject, c))
                    {
                        // A decision's title ("… QUY CHẾ XÉT TẶNG DANH HIỆU “CÔNG DÂN THỦ ĐÔ ƯU TÚ”") is the topic of all its clauses.
                        inSentence += 0.5 * weights[c];
                        withContext += weights[c];
                    }
                    else if (Carries(context, c))
                    {
                        // The bloc and province a document's title names are every sentence's topic in it.
                        inSentence += topic[c] ? weights[c] : 0;
                        withContext += weights[c];
                    }
                    else if (char.IsDigit(content[c].Folded[0]) && outline?.HeaderSyllables.Contains(content[c].Folded) == true)
                    {
                        // "QĐ 86/2025": the document's own number names every clause in it.
                        inSentence += 0.75 * weights[c];
                        withContext += weights[c];
                    }
                    else if (provinceSyllables.Contains(content[c].Folded))
                    {
                        // The province asked was checked against the whole document above: it is covered, though no unit says it.
                        withContext += weights[c];
                    }
                }

                var score = (inSentence / total) + (0.5 * withContext / total) + AnswerTypeBonus(q, asking, unit.Lead is null ? sentence : $"{unit.Lead} {sentence}") - (0.04 * rank)
                    + (yesNo && unit.Kind == UnitKind.Sentence && QuestionForms.Concludes(sentence) ? 0.15 : 0)
                    + (0.05 * SharedPairs(pairs, headingTokens.Concat(tokens.Select(t => t.Folded)).ToList()));
                var quoted = Quote(unit, located?.References[unit.Line]);
                var shows = (answerTypes.Count == 0 || answerTypes.Any(t => AnswerTypes.Shows(t, sentence)))
                    && !(answerType is not (AnswerType.None or AnswerType.Document or AnswerType.Replaces) && AnswerTypes.IsPreamble(sentence) && !asksPreamble)
                    && (kindAsked is null || AnswerTypes.CitesKind(kindAsked, sentence));
                var candidate = candidates.Count;
                candidates.Add(new Candidate(quoted, passage, unit.Index, score, shows, sentence, false, unit.Kind));

                // The sentence itself must carry half of what was asked, and a "who" needs a name the question lacks.
                // An enumeration answers "những … nào" better than any single fact: it wins among eligible sentences.
                // A leader is named too: "Khối 5 bàn giao nhiệm vụ khối trưởng" repeats the question without answering it.
                // A question that asks for a date, a duration, a percentage… is answered only by a unit that holds one.
                var eligible = inSentence / total >= 0.5 && shows && (q.Ask is not (AskKind.Who or AskKind.Leader) || NamesSomeoneNew(asking, sentence))
                    && (q.Ask != AskKind.Awards || (TalksAboutAwards($"{unit.Lead} {sentence}") && names.All(n => tokens.Any(u => Same(n, u)) || heading.Any(u => Same(n, u)) || lead.Any(u => Same(n, u)))))
                    && (q.Ask != AskKind.Leader || (sentence.Contains("trưởng", StringComparison.OrdinalIgnoreCase)
                        && (q.Year is not { } asked || !NamesOtherYearOnly(sentence, asked))))
                    && (q.Year is not { } year || answerType == AnswerType.None || !NamesOtherYearOnly(sentence, year))
                    && (!countsAsked || CountsTheUnit(q.Syllables, sentence));
                var freshCovered = fresh.Count > 0 && fresh.Sum(c => Carries(tokens, c) ? weights[c] : 0) >= 0.5 * fresh.Sum(c => weights[c]);
                var ranked = score + (FitsAnswerType(q, wantsList, unit) ? 10 : 0) + (freshCovered ? 20 : 0);
                candidates[candidate] = candidates[candidate] with { Eligible = eligible };
                if (eligible && (best is null || ranked > bestRank))
                {
                    best = (quoted, passage, unit.Index, score, withContext / total, sentence);
                    bestRank = ranked;
                }
            }
        }

        if (best is not { } chosen || chosen.Coverage < Threshold(q, chosen.Sentence))
        {
            return null;
        }

        // A follow-up's own words, when they weigh in the question, are what it asks: an answer without them answers the
        // question before it ("còn Công dân danh dự Thủ đô thì tặng cho ai?" is not answered about "Công dân Thủ đô ưu tú").
        var freshWeight = fresh.Sum(c => weights[c]);
        if (freshWeight >= 0.25 * total && fresh.Sum(c => Carries(Tokenizer.Syllables(chosen.Raw).ToList(), c) ? weights[c] : 0) < 0.5 * freshWeight)
        {
            return null;
        }

        return SupportingSentences.Around(q, chosen, candidates, wantsList, answerTypes);
    }
}
