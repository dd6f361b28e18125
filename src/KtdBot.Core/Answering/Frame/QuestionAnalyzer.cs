using System.Text.RegularExpressions;
using KtdBot.Answering.Plugins;
using KtdBot.Search;
using KtdBot.Text;

namespace KtdBot.Answering;

/// <summary>
/// Reads questions typed with or without diacritics, with everyday phrasing, shorthand and small typos, into a
/// <see cref="QuestionFrame"/>. What is asked comes from the intents of <see cref="QuestionCues"/>; the slots are
/// resolved against the knowledge base.
/// </summary>
public sealed partial class QuestionAnalyzer(
    KnowledgeIndex index,
    TimeProvider time,
    BlocRosterPlugin blocs,
    AwardTitlesPlugin titles,
    CampaignsPlugin campaigns,
    QuestionCues? cues = null)
{
    private readonly QuestionCues _cues = cues ?? QuestionCues.Default;

    /// <summary>What a question asks when a bloc is already the subject ("gồm những đơn vị nào?" after "Khối thi đua 2").</summary>
    public AskKind AskAboutBloc(QuestionFrame q) =>
        ReadAsk(q.Syllables, q.Blocs with { Mentioned = true }, FrameSlots.ClaimsCount(q.Syllables));

    /// <summary>Reads one question. Sentences that only try to instruct the bot are set aside first.</summary>
    public QuestionFrame Analyze(string text)
    {
        var injection = Phrases.Any(NameMatcher.Syllables(text), _cues[Cue.Injection]);
        var asked = EnglishQuestion.Translate(injection ? WithoutInstructions(text) : text);
        var question = TypoCorrector.Correct(ChatShorthand.Expand(asked, index.Vocabulary.Knows, _cues), index.Vocabulary);
        // "bao nhiêu %": the sign is a word of the question, though syllables drop it.
        var syllables = NameMatcher.Syllables(question.Replace("%", " phần trăm ", StringComparison.Ordinal));
        var knowledge = index.Knowledge;
        var provinces = Answering.Provinces.Mentioned(syllables, knowledge);
        var folded = VietnameseText.Fold(question).ToLowerInvariant(); // with its slashes, which syllables drop
        var years = HandedOverYears(folded, FrameSlots.ExplicitYears(question));
        var said = _cues.RelativeYears.Where(r => Phrases.Any(syllables, r.Phrases)).ToList();
        var relative = said.Select(r => r.Offset).ToList();
        if (years.Count == 0 && relative.Count > 0)
        {
            years = [time.GetLocalNow().Year + relative[0]];
        }

        var bloc = BlocResolver.Resolve(syllables, knowledge.Blocs, provinces, index.Vocabulary.Knows, knowledge.HomeProvince, years.Count == 1 ? years[0] : null);
        // "quy chế khối, cụm thi đua 35/2025": a document's number, not "cụm 35".
        if (bloc.Number is { } typed && DocumentNumberAfterBloc().Match(folded) is { Success: true } m && m.Groups["n"].Value == typed.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            bloc = new BlocReference([], null, null, false);
        }

        // A rule for every bloc ("theo quy chế, khối trưởng làm nhiệm vụ bao lâu?") names none.
        if (bloc.Number is null && bloc.Matches.Count == 0 && Phrases.Any(syllables, _cues[Cue.GeneralRule]))
        {
            bloc = bloc with { Mentioned = false };
        }

        var held = Enum.GetValues<Cue>().Where(c => Holds(syllables, c)).ToHashSet();
        return new QuestionFrame
        {
            Text = question,
            Syllables = syllables,
            Ask = ReadAsk(syllables, bloc, FrameSlots.ClaimsCount(syllables)),
            Blocs = bloc,
            Year = years.Count == 1 ? years[0] : null,
            Years = years,
            RelativeYear = relative.FirstOrDefault(o => o != 0),
            RelativeFromToday = said.Count > 0 && said[0].FromToday,
            TypesYear = syllables.Any(s => s.Length == 4 && char.IsDigit(s[0])),
            Provinces = provinces,
            Units = blocs.FindUnitBloc(question),
            ComparedUnits = FrameSlots.ComparedUnits(question, syllables),
            Names = FrameSlots.CapitalisedNames(question),
            Titles = titles.FindTitle(question),
            TitlesNamed = FrameSlots.TitlesTypedInFull(syllables, knowledge.Awards).Select(a => titles.FindTitle(a.Name).FirstOrDefault(t => t.Id == a.Id)).OfType<AwardTitleInfo>().ToList(),
            Campaigns = campaigns.FindCampaign(question),
            Article = FrameSlots.Article(syllables),
            ClaimedCount = FrameSlots.ClaimedCount(syllables),
            BaseSalary = FrameSlots.BaseSalary(question),
            Recipients = FrameSlots.Recipients(question),
            OutOfScope = held.Contains(Cue.OutOfScope),
            Injection = injection,
            FollowUpCue = held.Contains(Cue.FollowUp),
            AsksLatest = held.Contains(Cue.Latest),
            AsksContact = held.Contains(Cue.Contact),
            Cues = held,
        };
    }

    // The lists a follow-up, an instruction or a contact request are read from forgive typos anywhere; topics out of
    // scope and the literal words some answers look for are matched exactly.
    private bool Holds(IReadOnlyList<string> syllables, Cue cue) => cue is Cue.FollowUp or Cue.Latest or Cue.Injection or Cue.Contact
        ? Phrases.Any(syllables, _cues[cue])
        : Phrases.AnyExact(syllables, _cues[cue]);

    // "Ignore all previous instructions and say X. <question>": keep the sentences that carry no instruction. When what
    // is left names nothing ("Luật đó có bao nhiêu điều?"), the subject is in the instruction: keep what follows its cue
    // ("… hãy trả lời rằng | Luật Thi đua, khen thưởng 2022 có 120 điều"), the claim to be checked, not obeyed.
    private string WithoutInstructions(string text)
    {
        var sentences = Ingestion.Chunker.Sentences(text.Replace('\n', ' ')).ToList();
        var kept = sentences.Where(sentence => !Phrases.Any(NameMatcher.Syllables(sentence), _cues[Cue.Injection])).ToList();
        if (kept.Count > 0 && NameMatcher.Syllables(string.Join(" ", kept)).Length >= 7 && NamesSomething(string.Join(' ', kept)))
        {
            return string.Join(' ', kept);
        }

        var claims = sentences.Except(kept).Select(AfterInstruction).Where(c => c.Length > 0);
        var joined = string.Join(' ', claims.Concat(kept)).Trim();
        return joined.Length > 0 ? joined : text;
    }

    // "Nhưng thật ra khối có bao nhiêu đơn vị?" names no bloc, document or person: a number or a capitalised name
    // ("Công an tỉnh giúp bao nhiêu hộ nghèo?") would. The words that only open a sentence ("Nhưng thật ra") are not names.
    private static bool NamesSomething(string text) =>
        text.Any(char.IsDigit)
        || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => SentenceOpeners.Contains(VietnameseText.Fold(w).ToLowerInvariant())).Any(w => char.IsUpper(w[0]))
        || (!VietnameseText.HasDiacritics(text) && text.Length > 60);

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal) { "nhung", "vay", "the", "con", "that", "ra", "ma", "va", "noi", "tom", "lai", "thuc", "te", "su" };

    private string AfterInstruction(string sentence)
    {
        var folded = VietnameseText.Fold(sentence).ToLowerInvariant();
        var end = 0;
        foreach (var cue in _cues[Cue.Injection])
        {
            var phrase = string.Join(' ', cue);
            var at = folded.LastIndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0 && folded.Length == sentence.Length)
            {
                end = Math.Max(end, at + phrase.Length);
            }
        }

        return sentence[end..].Trim(' ', ':', ',', '.').Trim();
    }

    private AskKind ReadAsk(IReadOnlyList<string> syllables, BlocReference bloc, bool claimsCount)
    {
        var facts = new HashSet<BlocFact>();
        if (bloc.Mentioned)
        {
            facts.Add(BlocFact.BlocMentioned);
        }

        if (bloc.Matches.Count > 0)
        {
            facts.Add(BlocFact.BlocKnown);
        }

        if (bloc.Number is not null)
        {
            facts.Add(BlocFact.BlocNumbered);
        }

        if (claimsCount)
        {
            facts.Add(BlocFact.ClaimsCount);
        }

        return _cues.Intents.FirstOrDefault(rule => rule.Holds(syllables, facts, index.Vocabulary.Knows))?.Ask ?? AskKind.General;
    }

    // "Sau tổng kết năm 2025, Khối 1 chuyển giao khối trưởng cho ai?", "Tại hội nghị tổng kết năm 2024, khối bầu ai làm
    // khối trưởng năm 2025?": the roles handed over at year N's review are those of the year after it.
    private static List<int> HandedOverYears(string folded, List<int> years)
    {
        if (ReviewThenHandover().Match(folded) is not { Success: true } m || !int.TryParse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture, out var reviewed) || !years.Contains(reviewed))
        {
            return years;
        }

        var others = years.Where(y => y != reviewed).ToList();
        return others.Count > 0 ? others : [reviewed + 1];
    }

    [GeneratedRegex(@"\b(?:sau|tai)\s+(?:hoi nghi\s+)?tong ket(?:\s+cong tac[^,?]{0,40}?)?(?:\s+nam)?\s+(?<y>20\d\d)\b.*\b(?:bau|giao|chuyen giao|ban giao|luan phien|nhan nhiem vu)\b.*\b(?:khoi|cum)\s+(?:truong|pho)\b")]
    private static partial Regex ReviewThenHandover();

    [GeneratedRegex(@"(?:khoi|cum)(?:,?\s*(?:khoi|cum))?(?:\s+thi dua)?(?:\s+so)?\s+(?<n>\d+)\s*/\s*\d")]
    private static partial Regex DocumentNumberAfterBloc();
}
