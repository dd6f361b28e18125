using KtdBot.Answering.Passages;
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
internal static partial class PassageSelector
{
    private const double MinimumCoverage = 0.6;

    // Words capitalised inside the question are names and match as typed: "phía Nam" is not "năm", "Nam Đàn" neither.
    private static HashSet<string> CapitalisedWords(string query)
    {
        var words = query.Split([' ', ',', '?', '.', '!', ':', ';', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(1)
            .Where(w => char.IsUpper(w[0]) && w.Skip(1).All(c => !char.IsUpper(c)))
            .Select(w => Tokenizer.Syllables(w).FirstOrDefault().Accented)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    // In a question typed with marks every word is read as typed: "Nam" (south) is not "năm", "Đảng" is not "đang".
    private static bool IsStop(Token t, bool typedWithMarks) => typedWithMarks ? AccentedStops.Contains(t.Accented) : StopSyllables.Contains(t.Folded);

    // Function words and question words: they shape the question, not its subject.
    private static readonly HashSet<string> AccentedStops = new(StringComparer.Ordinal)
    {
        "ai", "gì", "nào", "đâu", "bao", "nhiêu", "mấy", "sao", "thế", "như", "là", "không", "được", "của", "và", "các", "những",
        "cho", "tôi", "mình", "bạn", "ơi", "à", "ạ", "nhỉ", "vậy", "hả", "xin", "biết", "thì", "ở", "tại", "trong", "với", "đến", "về",
        "khi", "năm", "nay", "này", "đó", "do", "ấy", "hay", "giúp", "em", "anh", "chị", "cái", "nhé", "rồi", "đã", "đang", "sẽ", "bị",
        "bởi", "từ", "ra", "vào", "lên", "làm", "muốn", "cần", "phải", "một", "người", "có", "gồm", "ông", "bà", "hiện", "lúc", "theo",
        "giữ", "chức", "vụ",
    };

    // "Còn … thì sao?": the words that make a follow-up, not its subject.
    private static readonly HashSet<string> FollowUpWords = new(StringComparer.Ordinal) { "con", "sao", "vay", "the", "nua" };

    private static readonly HashSet<string> StopSyllables = AccentedStops.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);

    // Words every bloc question shares; what is left names the bloc ("phía Nam", "các cơ quan Đảng").
    private static readonly HashSet<string> GenericBlocWords =
    [
        "khối", "cụm", "thi", "đua", "trưởng", "phó", "tỉnh", "thành", "huyện", "đơn", "vị", "viên", "số", "năm", "nay", "này", "ban",
        "giao", "đề", "nghị", "khen", "thưởng", "tổng", "kết", "hội", "danh", "sách", "nhiệm", "kỳ", "mới", "nhất", "tiếp", "sau", "trước",
        "thuộc", "nằm", "sinh", "hoạt", "dẫn", "đầu", "đứng", "cờ", "bằng", "tặng", "bình", "xét", "bầu", "những", "gì",
    ];

    private static readonly HashSet<string> FoldedGenericBlocWords = GenericBlocWords.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);

    private static bool IsGenericBlocWord(Token t, bool typedWithMarks) =>
        typedWithMarks ? GenericBlocWords.Contains(t.Accented) : FoldedGenericBlocWords.Contains(t.Folded);

    /// <summary>The sentences that answer <paramref name="query"/> (the question, or a follow-up joined to the question it follows), or null.</summary>
    // "mới nhất", typed with its marks, asks for the latest; without marks "nhat" may be "Nhật" and stays.
    private static readonly HashSet<string> AccentedStopSyllables = new(StringComparer.Ordinal) { "mới", "nhất" };

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
            : PassageSelector.Same(asked, text);
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
        var candidates = new List<(string Sentence, Passage Passage, int Index, double Score, bool Shows, string Raw, bool Eligible, UnitKind Kind)>();
        var answerTypes = AnswerTypes.AllOf(q.Syllables);
        var answerType = answerTypes.FirstOrDefault(AnswerType.None);
        bool IsTypeCue(string folded) => answerTypes.Any(t => AnswerTypes.IsCue(t, folded));
        var yesNo = QuestionForms.IsYesNo(q.Syllables);
        var countsAsked = QuestionForms.AsksHowMany(q.Syllables);

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
            if (numbers.Count > 0 && !numbers.All(n => passageSyllables.Contains(n) || IsBlocNumber(n) || outline?.HeaderSyllables.Contains(n) == true))
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
                if (DocumentFact(answerType, outline, passage.Source.Title) is { } fact && CoversAsked(passageTokens) >= MinimumCoverage)
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
                    && !(answerType is not (AnswerType.None or AnswerType.Document) && AnswerTypes.IsPreamble(sentence));
                var candidate = candidates.Count;
                candidates.Add((quoted, passage, unit.Index, score, shows, sentence, false, unit.Kind));

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
        if (RefersBack(chosen.Raw) && candidates.FirstOrDefault(c => ReferenceEquals(c.Passage, chosen.Passage) && c.Index == chosen.Index - 1) is { Sentence: { } before })
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

    // A person's full name found in the sentence is strong evidence ("Ông Trần Minh Huấn giữ chức vụ gì?").
    private static double Threshold(QuestionFrame q, string sentence)
    {
        var names = q.Names;
        return names.Count > 0 && names.All(n => sentence.Contains(n, StringComparison.Ordinal)) ? 0.4 : MinimumCoverage;
    }

    private static bool Contains(List<string> syllables, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= syllables.Count; i++)
        {
            if (syllables.Skip(i).Take(phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesBloc(List<string> syllables, int number)
    {
        var wanted = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < syllables.Count; i++)
        {
            if (syllables[i] is "khoi" or "cum")
            {
                for (var j = i + 1; j < Math.Min(syllables.Count, i + 5); j++)
                {
                    if (syllables[j] == wanted)
                    {
                        return true;
                    }

                    if (syllables[j] is not ("thi" or "dua" or "so"))
                    {
                        break;
                    }
                }
            }
        }

        return false;
    }

    private static bool Same(Token query, Token text) =>
        query.HasDiacritics ? string.Equals(query.Accented, text.Accented, StringComparison.Ordinal) : string.Equals(query.Folded, text.Folded, StringComparison.Ordinal);

    // Adjacent pairs of the question's content words: "nguyên tắc khen thưởng" gives "nguyen tac", "tac khen", "khen thuong".
    private static HashSet<(string, string)> Pairs(List<string> syllables) =>
        syllables.Zip(syllables.Skip(1)).ToHashSet();

    private static int SharedPairs(HashSet<(string, string)> pairs, List<string> syllables) =>
        pairs.Count == 0 ? 0 : syllables.Zip(syllables.Skip(1)).Distinct().Count(pairs.Contains);

    private static string? DocumentFact(AnswerType type, DocumentOutline? outline, string title) => type switch
    {
        AnswerType.Signer when outline?.Signature is { } signature => $"{outline.Name ?? title} do {signature.Position} {signature.Name} ký ({signature.Block}).",
        AnswerType.Issued when outline?.IssuedOn is { } issued => $"{outline.Name ?? title} ban hành {issued}.",
        _ => null,
    };

    // A unit as quoted: under the article it sits in, and an item with the lead-in that says what it is an item of.
    private static string Quote(AnswerUnit unit, string? reference)
    {
        var text = unit is { Kind: UnitKind.Item, Lead: { Length: <= MaxLeadQuoted } lead } ? $"{lead.TrimEnd(':', ' ')}: {unit.Text.TrimEnd('.', ' ')}." : unit.Text;
        return ArticleReferences.Prefix(reference, text) + text;
    }

    private const int MaxLeadQuoted = 220;

    private static double AnswerTypeBonus(QuestionFrame q, Asking asking, string sentence) => q.Ask switch
    {
        AskKind.Figure when CountsTheUnit(q.Syllables, sentence) => 0.3,
        AskKind.Figure when sentence.Any(char.IsDigit) => 0.1,
        AskKind.When when sentence.Contains('/', StringComparison.Ordinal) || sentence.Contains("ngày", StringComparison.OrdinalIgnoreCase) => 0.15,
        AskKind.Who when PersonNames(sentence).Any() || FrameSlots.CapitalisedNames(" " + sentence).Any(StartsWithSurname) => 0.15,
        AskKind.Leader when NamesSomeoneNew(asking, sentence) => 0.15,
        AskKind.Procedure when sentence.Contains("hồ sơ", StringComparison.OrdinalIgnoreCase) || sentence.Contains("tờ trình", StringComparison.OrdinalIgnoreCase) => 0.2,
        _ when WantsList(q) && IsEnumeration(sentence) => 0.15,
        _ => 0,
    };

    // The kind of sentence the question wants, when one is available: a list, a count of the thing asked, a date.
    private static bool FitsAnswerType(QuestionFrame q, bool wantsList, AnswerUnit unit) =>
        FitsAnswerType(q, wantsList || q.Ask is AskKind.Criteria or AskKind.HowTo, unit.Text, unit.Kind == UnitKind.List);

    private static bool FitsAnswerType(QuestionFrame q, bool wantsList, string sentence, bool isList) =>
        wantsList ? isList || IsEnumeration(sentence)
        : q.Ask == AskKind.Figure ? CountsTheUnit(q.Syllables, sentence)
        : q.Ask == AskKind.When && sentence.Contains('/', StringComparison.Ordinal);

    private static readonly string[] MoneyWords = ["trieu", "ty", "ti", "nghin", "ngan", "dong"];

    // "bao nhiêu hộ nghèo" is answered by "115 hộ nghèo", "bao nhiêu tiền" by "625 triệu đồng"; a bare number
    // elsewhere in the sentence is not the answer.
    private static bool CountsTheUnit(IReadOnlyList<string> question, string sentence)
    {
        var at = -1;
        for (var i = 0; i < question.Count; i++)
        {
            if ((question[i] == "bao" && i + 1 < question.Count && question[i + 1] == "nhieu") || question[i] == "may")
            {
                at = question[i] == "may" ? i + 1 : i + 2;
                break;
            }
        }

        var tokens = Tokenizer.Syllables(sentence).Select(t => t.Folded).ToList();
        if (at < 0 || at >= question.Count)
        {
            return tokens.Any(t => char.IsDigit(t[0]));
        }

        var unit = question.Skip(at).Take(2).ToList();
        var money = unit[0] is "tien" or "kinh";
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!char.IsDigit(tokens[i][0]))
            {
                continue;
            }

            if (money ? MoneyWords.Contains(tokens[i + 1]) : tokens.Skip(i + 1).Take(unit.Count).SequenceEqual(unit) || (unit.Count > 1 && tokens[i + 1] == unit[0] && IsLast(question, at)))
            {
                return true;
            }
        }

        return false;
    }

    // "bao nhiêu căn?" ends with the unit word: one syllable is then the whole unit.
    private static bool IsLast(IReadOnlyList<string> question, int at) => at == question.Count - 1;

    private static readonly string[] BackReferences = [" này", " đó", " trên", " ấy"];

    private static bool RefersBack(string sentence)
    {
        if (QuestionForms.Concludes(sentence))
        {
            return true;
        }

        var firstClause = sentence.Split([',', ';', ':'], 2)[0];
        return firstClause.Length < 80 && BackReferences.Any(r => firstClause.Contains(r, StringComparison.Ordinal));
    }

    private static bool IsEnumeration(string sentence) =>
        sentence.Count(c => c is '“' or '"') >= 4 || sentence.Count(c => c == ';') >= 2;

    // "những phong trào nào", "các đơn vị nào": the answer is an enumeration.
    private static bool WantsList(QuestionFrame q) =>
        q.Syllables.Contains("nao", StringComparer.Ordinal) && q.Syllables.Any(s => s is "nhung" or "cac");

    // "Who" is answered by a person or a unit the question does not already name, or, when the question names a
    // person ("Bà Nguyễn Thị Phúc là ai?"), by a sentence about that person.
    private static bool NamesSomeoneNew(Asking asking, string sentence)
    {
        bool IsNew(string name) => !asking.Names.Any(a => a.Contains(name, StringComparison.Ordinal) || name.Contains(a, StringComparison.Ordinal));
        var runs = FrameSlots.CapitalisedNames(" " + sentence);
        return PersonNames(sentence).Any(IsNew)
            || runs.Any(n => StartsWithSurname(n) && n.Contains(' ', StringComparison.Ordinal) && IsNew(n))
            || (!asking.ForAPerson && runs.Any(n => OrganisationWords.Contains(n.Split(' ')[0]) && n.Contains(' ', StringComparison.Ordinal) && IsNew(n)))
            || (!asking.ForAPerson && asking.ForALeader && runs.Any(n => n.Contains(' ', StringComparison.Ordinal) && IsNew(n)))
            || asking.Names.Any(a => StartsWithSurname(a) && sentence.Contains(a, StringComparison.Ordinal))
            || (asking.WhoHoldsARole && RoleTitles.Any(t => sentence.Contains(t, StringComparison.Ordinal) && !asking.Question.Contains(t, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>What a "who" question already says, read once per question rather than once per sentence.</summary>
    /// <param name="Names">Capitalised names the question gives.</param>
    /// <param name="ForAPerson">"Ai là Chủ tịch…", "giám đốc … tên gì": a person is wanted; "bàn giao cho ai" may be answered by a unit.</param>
    /// <param name="ForALeader">"… khối trưởng / cụm trưởng …": the unit is often named by its place alone ("UBND huyện Tây Giang").</param>
    /// <param name="WhoHoldsARole">"Ai làm Trưởng ban…?" can be answered by a position ("một đồng chí Phó Giám đốc"); "… tên gì?" cannot.</param>
    private sealed record Asking(string Question, List<string> Names, bool ForAPerson, bool ForALeader, bool WhoHoldsARole)
    {
        public static Asking Of(string question)
        {
            // Folded syllables between spaces, so a phrase matches whole syllables: " ba " is not found in " ban ".
            var folded = " " + string.Join(' ', NameMatcher.Syllables(question)) + " ";
            return new Asking(
                question,
                FrameSlots.CapitalisedNames(question),
                PersonTitles.Any(t => folded.Contains($" {t} ", StringComparison.Ordinal)),
                folded.Contains(" khoi truong ", StringComparison.Ordinal) || folded.Contains(" cum truong ", StringComparison.Ordinal),
                RoleQuestionCues.Any(c => folded.Contains(c, StringComparison.Ordinal)) && !folded.Contains(" ten ", StringComparison.Ordinal));
        }
    }

    private static readonly string[] RoleQuestionCues = [" ai lam ", " ai giu ", " ai phu trach ", " ai dung dau ", " do ai "];

    private static readonly string[] RoleTitles = ["Chủ tịch", "Phó Chủ tịch", "Bí thư", "Giám đốc", "Phó Giám đốc", "Trưởng ban", "Phó Trưởng ban", "Chính ủy", "Chỉ huy trưởng"];

    // An award answer says who is proposed for what; a leader answer for 2025 is not a sentence about 2024 only.
    private static bool TalksAboutAwards(string sentence) =>
        AwardWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] AwardWords = ["khen", "tặng", "cờ thi đua", "danh hiệu", "huân chương", "suy tôn"];

    private static bool NamesOtherYearOnly(string sentence, int year)
    {
        var years = YearInSentence().Matches(sentence).Select(m => m.Value).ToList();
        return years.Count > 0 && !years.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)20\d\d(?!\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearInSentence();

    private static readonly string[] PersonTitles =
    [
        "chu tich", "giam doc", "bi thu", "truong ban", "pho ban", "chinh uy", "tu lenh", "chi huy truong", "ten gi", "ho ten", "ong", "ba", "nguoi",
        "dong chi", "tac gia", "phong vien",
    ];

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Hội", "Ban", "Sở", "Ủy", "Uỷ", "UBND", "Công", "Liên", "Đoàn", "Mặt", "MTTQ", "Bộ", "Phòng", "Trung", "Tỉnh", "Huyện", "Cục", "Chi", "Báo", "Đảng", "Khối", "Cụm",
    };

    // A title alone ("một đồng chí Phó Giám đốc") names nobody: a person is a title or "ông"/"bà" followed by a
    // capitalised name, or a run of capitalised words led by a Vietnamese family name.
    private static IEnumerable<string> PersonNames(string sentence) =>
        PersonPattern().Matches(sentence).Select(m => m.Groups["name"].Value).Where(n => !TitleWords.Contains(n.Split(' ')[0]));

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Phó", "Giám", "Chủ", "Trưởng", "Bí", "Chính", "Tư", "Chỉ", "Thường", "Ủy", "Uỷ", "Đại", "Thượng", "Trung", "Thiếu", "Tổng", "Cán", "Hội", "Ban",
    };

    private static bool StartsWithSurname(string name) => Surnames.Contains(name.Split(' ')[0]);

    private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào",
        "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai", "Tô", "Hà", "Tạ", "Châu", "Lưu", "Lương", "Quách", "Thái", "Cao",
        "Kiều", "Đinh", "Lại", "Triệu", "Tăng", "Diệp", "Chu", "Thân", "Mạc", "Tôn", "Từ", "Hứa", "Nông", "Âu", "Kim", "Lò", "Danh", "Thạch",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:ông|bà|anh|chị|đồng chí|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thiếu tướng|Trung tướng)\s+)(?<name>\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,3})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PersonPattern();
}
