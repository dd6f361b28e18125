using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;
using Microsoft.SemanticKernel;

namespace KtdBot.Answering;

/// <summary>What a question was resolved to, remembered so a follow-up can inherit it.</summary>
public sealed record Topic(AskKind Ask, string? BlocId = null, int? Year = null, string? CampaignId = null, string? TitleId = null, string? Query = null, string? DocumentId = null, string? UnknownBloc = null, bool AwaitsBloc = false)
{
    /// <summary>Serialises for the conversation store.</summary>
    public IReadOnlyDictionary<string, string> ToContext()
    {
        var context = new Dictionary<string, string>(StringComparer.Ordinal) { ["ask"] = Ask.ToString() };
        Add(context, "bloc", BlocId);
        Add(context, "year", Year?.ToString(CultureInfo.InvariantCulture));
        Add(context, "campaign", CampaignId);
        Add(context, "title", TitleId);
        Add(context, "query", Query);
        Add(context, "document", DocumentId);
        Add(context, "unknownBloc", UnknownBloc);
        Add(context, "awaitsBloc", AwaitsBloc ? "true" : null);
        return context;
    }

    /// <summary>Reads what <see cref="ToContext"/> wrote; null when there is nothing usable.</summary>
    public static Topic? FromContext(IReadOnlyDictionary<string, string>? context)
    {
        if (context is null || !context.TryGetValue("ask", out var askText) || !Enum.TryParse<AskKind>(askText, out var ask))
        {
            return null;
        }

        return new Topic(
            ask,
            context.GetValueOrDefault("bloc"),
            int.TryParse(context.GetValueOrDefault("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            context.GetValueOrDefault("campaign"),
            context.GetValueOrDefault("title"),
            context.GetValueOrDefault("query"),
            context.GetValueOrDefault("document"),
            context.GetValueOrDefault("unknownBloc"),
            context.GetValueOrDefault("awaitsBloc") == "true");
    }

    private static void Add(Dictionary<string, string> context, string key, string? value)
    {
        if (value is not null)
        {
            context[key] = value;
        }
    }
}

/// <summary>An answer and the topic it was about.</summary>
public sealed record ComposedAnswer(Answer Answer, Topic? Topic);

/// <summary>
/// The default answerer: understands the question, calls the same Semantic Kernel plugins the LLM agent
/// uses, and writes a short Vietnamese answer — the direct answer first, then detail, with numbered
/// sources. It states only what the plugins returned and declines when they return nothing that fits.
/// </summary>
public sealed partial class OfflineAnswerComposer(Kernel kernel, KnowledgeIndex index, QuestionAnalyzer analyzer)
{
    private const string InjectionNote = "Lưu ý: tôi chỉ trả lời theo dữ liệu có nguồn; yêu cầu thay đổi thông tin trong câu hỏi không được áp dụng.";

    /// <summary>Answers one question, using the topic of the previous turn for follow-ups.</summary>
    public async Task<ComposedAnswer> ComposeAsync(string question, Topic? previous, CancellationToken cancellationToken)
    {
        var q = analyzer.Analyze(question);
        var composed = await ComposeCoreAsync(q, previous, cancellationToken).ConfigureAwait(false);
        if (q.Injection && composed.Answer.Grounded)
        {
            composed = composed with { Answer = composed.Answer with { Text = composed.Answer.Text + "\n\n" + InjectionNote } };
        }

        return composed;
    }

    private async Task<ComposedAnswer> ComposeCoreAsync(QuestionFrame q, Topic? previous, CancellationToken ct)
    {
        if (q.OutOfScope)
        {
            return Decline(Replies.OutOfScope);
        }

        if (q.AsksContact)
        {
            return Decline(Replies.NoContact) with { Topic = q.Blocs.Matches.Count > 0 ? new Topic(q.Ask, q.Blocs.Matches[0].Id, q.Year) : previous };
        }

        var citations = new CitationList(index.Knowledge);
        if (await AnswerSameBlocAsync(q, citations, ct).ConfigureAwait(false) is { } sameBloc)
        {
            return sameBloc;
        }

        if (await AnswerHandoverAsync(q, citations, ct).ConfigureAwait(false) is { } handover)
        {
            return handover;
        }

        // A bloc the records do not know is declined, never guessed — unless a passage names it
        // (a raw news page in a custom folder), and then the passage must name it the same way.
        if (q.Blocs.Mentioned && q.Blocs.Matches.Count == 0 && q.Blocs.Number is not null)
        {
            var fromPages = await AnswerFromPassagesAsync(q, q.Text, citations, ct).ConfigureAwait(false);
            // The bloc asked about stays the subject: "gồm những đơn vị nào?" next is about it, and is declined again.
            return fromPages is not null
                ? new ComposedAnswer(fromPages, new Topic(q.Ask, Query: q.Text))
                : Decline(Replies.UnknownBloc(Describe(q), await ListBlocNamesAsync(ct).ConfigureAwait(false))) with { Topic = new Topic(q.Ask, Year: q.Year, UnknownBloc: Describe(q)) };
        }

        // Follow-ups: a short question without its own subject inherits the previous one's.
        var ask = q.Ask;
        var blocId = q.Blocs.Matches.Count > 0 ? q.Blocs.Matches[0].Id : null;
        var year = q.Year;
        // "khối đó", "cụm này": the bloc being discussed, however long the question.
        var refersBack = q.Blocs.Matches.Count == 0 && q.Blocs.Number is null && (previous?.BlocId is not null || previous?.UnknownBloc is not null) && Anaphora.RefersToBloc(q.Syllables);
        var hasOwnSubject = !refersBack && (q.Blocs.Mentioned || q.Syllables.Count > 12);
        var continues = previous is not null && (refersBack || q.FollowUpCue || q.Syllables.Count <= 9);
        // What the question asks when a bloc is its subject: read once, used by the follow-up rules below.
        var askAboutBloc = analyzer.AskAboutBloc(q);
        if (refersBack && !IsBlocAsk(ask) && IsBlocAsk(askAboutBloc))
        {
            ask = askAboutBloc;
        }
        if (blocId is null && previous?.UnknownBloc is { } unknown && !hasOwnSubject && continues
            && (IsBlocAsk(ask) || IsBlocAsk(askAboutBloc) || q.FollowUpCue))
        {
            return Decline(Replies.UnknownBloc(unknown, await ListBlocNamesAsync(ct).ConfigureAwait(false))) with { Topic = previous };
        }

        if (blocId is null && previous?.BlocId is { } previousBloc && !hasOwnSubject
            && (IsBlocAsk(ask) || (continues && ask is AskKind.General or AskKind.Province)))
        {
            blocId = previousBloc;
            // "gồm những đơn vị nào?" after a bloc: read as it would be with the bloc's name in it.
            ask = ask == AskKind.General && IsBlocAsk(askAboutBloc) ? askAboutBloc : ask;
        }

        if (ask == AskKind.General && continues && previous is not null && (q.Year is not null || q.Blocs.Matches.Count > 0))
        {
            ask = previous.Ask; // "Còn năm 2024 thì sao?" / "Còn khối 2?"
        }

        // The answer to "Bạn muốn hỏi khối nào?": the question asked before, about the bloc named now.
        if (previous is { AwaitsBloc: true } waiting && blocId is not null && q.Syllables.Count <= 8 && (ask == AskKind.General || IsOverview(q)))
        {
            ask = waiting.Ask;
            year ??= waiting.Year;
        }

        if (year is null && q.FollowUpCue && previous?.Year is { } previousYear && ask == previous.Ask)
        {
            year = previousYear;
        }

        // "thế năm sau thì sao?" counts from the year being discussed, not from today.
        if (q.RelativeYear != 0 && q.Years.Count <= 1 && previous?.Year is { } discussed && !q.Syllables.Any(s => s.Length == 4 && char.IsDigit(s[0])))
        {
            year = discussed + q.RelativeYear;
            q = q with { Year = year, Years = [year.Value] };
        }

        if (blocId is not null && (IsBlocAsk(ask) || ask == AskKind.Province || IsOverview(q)))
        {
            blocId = BlocResolver.CompositionFor(index.Knowledge.Blocs, blocId, year);
            var aboutBloc = await AnswerBlocAsync(blocId, ask, year, q, citations, ct).ConfigureAwait(false);
            // A declined question about a known bloc keeps it as the subject: "còn năm ngoái?" comes next.
            return aboutBloc.Topic is null ? aboutBloc with { Topic = new Topic(ask, blocId, year) } : aboutBloc;
        }

        // "Khối … thực hiện những phong trào nào?": the campaigns its sources name.
        if (blocId is not null && ask == AskKind.General && HasAnySyllable(q, "trao", "dong") && q.Syllables.Contains("nao", StringComparer.Ordinal))
        {
            var named = await CallAsync<IReadOnlyList<CampaignInfo>>(CampaignsPlugin.Name, "campaigns_of_bloc", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false) ?? [];
            if (named.Count > 0)
            {
                return AnswerBlocCampaigns(blocId, named, citations);
            }
        }

        if (ask == AskKind.ListBlocs)
        {
            return await AnswerListBlocsAsync(q, citations, ct).ConfigureAwait(false);
        }

        if (ask == AskKind.ListTitles)
        {
            return await AnswerListTitlesAsync(q, citations, ct).ConfigureAwait(false);
        }

        if (ask == AskKind.Author)
        {
            return await AnswerAuthorAsync(q, citations, ct).ConfigureAwait(false);
        }

        var titles = ask == AskKind.Procedure ? [] : await CallAsync<IReadOnlyList<AwardTitleInfo>>(AwardTitlesPlugin.Name, "find_title", new() { ["name"] = q.Text }, ct).ConfigureAwait(false) ?? [];
        IReadOnlyList<CampaignInfo> campaigns = CampaignsInProvinceAsked(q, await CallAsync<IReadOnlyList<CampaignInfo>>(CampaignsPlugin.Name, "find_campaign", new() { ["name"] = q.Text }, ct).ConfigureAwait(false) ?? []);
        var namesItsSubject = hasOwnSubject || titles.Count > 0 || campaigns.Count > 0 || blocId is not null;
        // "còn cấp toàn quốc thì sao?" after a title: a sibling title (same leading words) whose own words are typed now.
        if (titles.Count == 0 && continues && previous?.TitleId is { } earlierTitle && q.FollowUpCue
            && Sibling(earlierTitle, q.Syllables) is { } sibling)
        {
            titles = Only(await CallAsync<IReadOnlyList<AwardTitleInfo>>(AwardTitlesPlugin.Name, "find_title", new() { ["name"] = sibling }, ct).ConfigureAwait(false), t => t.Id != earlierTitle);
            namesItsSubject |= titles.Count > 0;
            ask = ask == AskKind.General ? previous.Ask : ask;
        }

        if (!namesItsSubject && continues && previous is not null)
        {
            titles = previous.TitleId is { } titleId ? Only(await CallAsync<IReadOnlyList<AwardTitleInfo>>(AwardTitlesPlugin.Name, "find_title", new() { ["name"] = TitleName(titleId) }, ct).ConfigureAwait(false), t => t.Id == titleId) : titles;
            campaigns = previous.CampaignId is { } campaignId ? Only(await CallAsync<IReadOnlyList<CampaignInfo>>(CampaignsPlugin.Name, "find_campaign", new() { ["name"] = CampaignName(campaignId) }, ct).ConfigureAwait(false), c => c.Id == campaignId) : campaigns;
        }

        if (blocId is null && ask == AskKind.Cash && await NamedInFullAsync(q, ct).ConfigureAwait(false) is { Count: > 0 } namedTitles)
        {
            return AnswerCash(namedTitles, q, citations);
        }

        if (titles.Count > 0 && blocId is null && ask == AskKind.Cash)
        {
            return AnswerCash([titles[0]], q, citations);
        }

        // No hand-written title names it: a document's table of multiples may (a province's notice, a decree's table);
        // "vậy là bao nhiêu tiền?" after one asks about the title named before.
        // "còn Cờ thi đua của tỉnh?" after a cash question asks the same about another title.
        var cashFollowUp = previous?.Ask == AskKind.Cash && continues && q.FollowUpCue && ask is AskKind.Awards or AskKind.General or AskKind.Criteria;
        if (blocId is null && (ask == AskKind.Cash || cashFollowUp)
            && (CashFromDocuments.Answer(q, index.Knowledge, citations)
                ?? (continues && previous is { Ask: AskKind.Cash, Query: { } earlierCash } ? CashFromDocuments.Answer(analyzer.Analyze($"{earlierCash} {q.Text}"), index.Knowledge, citations) : null)) is { } fromTable)
        {
            return new ComposedAnswer(fromTable, new Topic(AskKind.Cash, Query: namesItsSubject || previous?.Query is null ? q.Text : $"{previous.Query} {q.Text}"));
        }

        if (titles.Count > 0 && blocId is null && ask is AskKind.Criteria or AskKind.LegalBasis or AskKind.General or AskKind.Who or AskKind.Awards or AskKind.Figure)
        {
            return AnswerTitle(titles[0], ask, q, citations);
        }

        // "Ai trao vốn Quỹ Mái ấm…?" asks about a deed, not who launched the programme: that is for the passages.
        var launcherUnknown = ask == AskKind.Who && campaigns.Count > 0 && campaigns[0].LaunchedBy is null && !HasAnySyllable(q, "phat", "xuong");
        if (campaigns.Count > 0 && blocId is null && !launcherUnknown && ExtractedCampaignHolds(campaigns[0], ask) && ask is AskKind.HowTo or AskKind.Who or AskKind.When or AskKind.General or AskKind.Criteria or AskKind.LegalBasis)
        {
            return AnswerCampaign(campaigns[0], ask, citations);
        }

        // "Điểm thi đua của Sở Xây dựng năm 2025": the unit's score in whichever bloc ranked it.
        if (ask == AskKind.Score && blocId is null)
        {
            var ranked = index.Knowledge.Blocs.Where(b => b.Scores.Count > 0).SelectMany(b => BlocScoresOf(b)).ToList();
            return new ComposedAnswer(BlocRankingAnswers.Scores(ranked, q.Syllables, year, citations), new Topic(AskKind.Score, Year: year));
        }

        if (ask is AskKind.Leader or AskKind.LeaderHistory or AskKind.Deputy or AskKind.Members or AskKind.Awards or AskKind.UnitBloc && blocId is null)
        {
            var memberships = MembershipsInProvinceAsked(q, await CallAsync<IReadOnlyList<UnitMembership>>(BlocRosterPlugin.Name, "find_unit_bloc", new() { ["unit"] = q.Text }, ct).ConfigureAwait(false) ?? []);
            if (memberships.Count > 0 && ask != AskKind.Members)
            {
                return await AnswerUnitAsync(memberships, ask, q, citations, ct).ConfigureAwait(false);
            }

            // A long question may name the bloc in words the records do not hold ("Sở Tài chính bàn giao … cho ai?").
            var fromPages = q.Syllables.Count >= 7 ? await AnswerFromPassagesAsync(q, q.Text, citations, ct).ConfigureAwait(false) : null;
            if (fromPages is not null)
            {
                return new ComposedAnswer(fromPages, new Topic(ask, Query: q.Text));
            }

            // "Bạn muốn hỏi khối nào?": the question waits for its bloc, and "khối 2" next answers it.
            return ask == AskKind.UnitBloc
                ? Decline(Replies.UnknownUnit(await ListBlocNamesAsync(ct).ConfigureAwait(false)))
                : Decline(Replies.WhichBloc(await ListBlocNamesAsync(ct).ConfigureAwait(false))) with { Topic = new Topic(ask, Year: year, AwaitsBloc: true) };
        }

        if (ask == AskKind.LegalBasis && HasAnySyllable(q, "15", "ty", "le"))
        {
            var obsolete = await CallAsync<IReadOnlyList<AwardTitleInfo>>(AwardTitlesPlugin.Name, "obsolete_rules", [], ct).ConfigureAwait(false) ?? [];
            if (obsolete.Count > 0)
            {
                return AnswerTitle(obsolete[0], AskKind.LegalBasis, q, citations);
            }
        }

        // Passages: a subject-less follow-up is searched together with the question it follows.
        var query = continues && !namesItsSubject && previous?.Query is { } earlier
            ? $"{earlier} {q.Text}"
            : q.Text;
        var preferred = !ReferenceEquals(query, q.Text) ? previous?.DocumentId : null;
        if (await SelectPassagesAsync(q, query, citations, preferred, ct).ConfigureAwait(false) is { } found)
        {
            var topic = new Topic(ask, blocId, year, campaigns.Count > 0 ? campaigns[0].Id : null, titles.Count > 0 ? titles[0].Id : null, query, found.DocumentId);
            return new ComposedAnswer(found.Answer, topic);
        }

        if (campaigns.Count > 0)
        {
            return AnswerCampaign(campaigns[0], AskKind.General, citations);
        }

        return Decline(Passages.CoverageNote.For(q, index.Knowledge) is { } note ? $"{note} {Replies.NotFound}" : Replies.NotFound);
    }

    private async Task<ComposedAnswer> AnswerBlocAsync(string blocId, AskKind ask, int? year, QuestionFrame q, CitationList citations, CancellationToken ct)
    {
        var text = new StringBuilder();
        switch (ask)
        {
            case AskKind.Leader or AskKind.LeaderHistory when year is null && q.Years.Count > 1:
            {
                // "2024 hay 2025?": each year asked, as recorded.
                var history = await CallAsync<BlocLeaderHistory>(BlocRosterPlugin.Name, "get_leader_history", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false);
                var asked = history?.Leaders.Where(l => q.Years.Contains(l.Year)).ToList() ?? [];
                if (history is null || asked.Count == 0)
                {
                    return Decline(Replies.NoLeaderForYear(history?.Bloc, q.Years[0], history?.Leaders.Select(l => l.Year).ToList() ?? []));
                }

                foreach (var leader in asked)
                {
                    text.Append(LeaderSentence(leader, citations, brief: text.Length > 0)).Append('\n');
                }

                return Grounded(text, citations, new Topic(AskKind.Leader, blocId), Suggest.AfterLeader(history.Bloc));
            }

            case AskKind.Province:
            {
                var members = await CallAsync<BlocMembers>(BlocRosterPlugin.Name, "get_members", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false);
                if (members?.Bloc.Province is not { } province)
                {
                    return Decline(Replies.UnknownProvince(members?.Bloc.Name ?? "khối này"));
                }

                var statement = $"{members.Bloc.Name} là khối thi đua của tỉnh {province}.";
                text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(members.Source, statement)}]");
                return Grounded(text, citations, new Topic(AskKind.Place, blocId), Suggest.AfterMembers(members.Bloc));
            }

            case AskKind.Leader when year is not null:
            {
                var leader = await CallAsync<BlocLeaderInYear>(BlocRosterPlugin.Name, "get_leader", new() { ["blocId"] = blocId, ["year"] = year.Value }, ct).ConfigureAwait(false);
                if (leader?.Unit is null)
                {
                    return Decline(Replies.NoLeaderForYear(leader?.Bloc, year.Value, leader?.KnownYears ?? []));
                }

                text.Append(LeaderSentence(leader, citations));
                AppendOtherRosters(text, blocId, year.Value, leader.Unit, citations);
                var others = leader.KnownYears.Where(y => y != year).ToList();
                if (others.Count > 0)
                {
                    var history = await CallAsync<BlocLeaderHistory>(BlocRosterPlugin.Name, "get_leader_history", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false);
                    foreach (var other in history?.Leaders.Where(l => l.Year != year && Math.Abs(l.Year - year.Value) == 1) ?? [])
                    {
                        text.Append('\n').Append(LeaderSentence(other, citations, brief: true));
                    }
                }

                return Grounded(text, citations, new Topic(AskKind.Leader, blocId, year), Suggest.AfterLeader(leader.Bloc));
            }

            case AskKind.Leader or AskKind.LeaderHistory:
            {
                var history = await CallAsync<BlocLeaderHistory>(BlocRosterPlugin.Name, "get_leader_history", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false);
                if (history is null || history.Leaders.Count == 0)
                {
                    return Decline(Replies.NoLeaders(history?.Bloc));
                }

                var latest = history.Leaders[^1];
                if (ask == AskKind.Leader)
                {
                    text.Append(CultureInfo.InvariantCulture, $"Theo dữ liệu mới nhất (năm {latest.Year}): ");
                }

                foreach (var leader in ask == AskKind.Leader ? history.Leaders.Reverse() : history.Leaders)
                {
                    text.Append(LeaderSentence(leader, citations, brief: text.Length > 60)).Append('\n');
                }

                return Grounded(text, citations, new Topic(ask, blocId, latest.Year), Suggest.AfterLeader(history.Bloc));
            }

            case AskKind.Deputy:
            {
                var deputies = await CallAsync<IReadOnlyList<BlocLeaderInYear>>(BlocRosterPlugin.Name, "get_deputy", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false) ?? [];
                var info = await CallAsync<BlocMembers>(BlocRosterPlugin.Name, "get_members", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false);
                if (info is null)
                {
                    return Decline(Replies.NotFound);
                }

                var deputy = BlocRankingAnswers.Deputy(info.Bloc, deputies, year, citations);
                // "khối trưởng, khối phó là ai": both roles asked.
                if (year is not null && AsksLeaderToo(q)
                    && await CallAsync<BlocLeaderInYear>(BlocRosterPlugin.Name, "get_leader", new() { ["blocId"] = blocId, ["year"] = year.Value }, ct).ConfigureAwait(false) is { Unit: not null } leader)
                {
                    var both = new StringBuilder(LeaderSentence(leader, citations)).Append('\n');
                    both.Append(deputy.Grounded ? deputy.Text : Replies.NoDeputyForYear(info.Bloc, year.Value));
                    return Grounded(both, citations, new Topic(AskKind.Deputy, blocId, year), Suggest.AfterLeader(info.Bloc));
                }

                return new ComposedAnswer(deputy, new Topic(AskKind.Deputy, blocId, year));
            }

            case AskKind.Score:
            {
                var scores = await CallAsync<IReadOnlyList<BlocScoreItem>>(BlocRosterPlugin.Name, "get_scores", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false) ?? [];
                return new ComposedAnswer(BlocRankingAnswers.Scores(scores, q.Syllables, year, citations), new Topic(AskKind.Score, blocId, year));
            }

            case AskKind.Awards:
            {
                var awards = await CallAsync<BlocAwards>(BlocRosterPlugin.Name, "get_awards", new() { ["blocId"] = blocId, ["year"] = year }, ct).ConfigureAwait(false);
                if (awards is null || awards.Awards.Count == 0)
                {
                    return Decline(Replies.NoAwards(awards?.Bloc, year, awards?.KnownYears ?? []));
                }

                foreach (var award in awards.Awards)
                {
                    var by = award.ConferredBy is null ? string.Empty : $" của {award.ConferredBy}";
                    var statement = award.Proposed
                        ? $"Thành tích năm {award.Year}: {BlocName(awards.Bloc)} bình bầu, đề nghị tặng {award.Form}{by} cho {JoinVi(award.Recipients)}."
                        : $"Thành tích năm {award.Year}: {award.Form}{by} đã được tặng cho {JoinVi(award.Recipients)}.";
                    text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(award.Source, statement)}]").Append('\n');
                }

                return Grounded(text, citations, new Topic(AskKind.Awards, blocId, year), Suggest.AfterAwards(awards.Bloc));
            }

            case AskKind.Review:
            {
                var reviews = await CallAsync<BlocReviews>(BlocRosterPlugin.Name, "get_reviews", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false);
                var relevant = reviews?.Reviews.Where(r => year is null || r.Year == year).ToList() ?? [];
                if (reviews is null || relevant.Count == 0)
                {
                    return Decline(Replies.NotFound);
                }

                if (HasAnySyllable(q, "chu") && HasAnySyllable(q, "tri") && relevant.All(r => r.ChairedBy is null))
                {
                    return Decline(Replies.UnknownChair(reviews.Bloc.Name));
                }

                foreach (var review in relevant)
                {
                    var statement = new StringBuilder(review.Title);
                    if (review.Date is not null)
                    {
                        statement.Append(CultureInfo.InvariantCulture, $" được tổ chức ngày {Citations.FormatDate(review.Date)}");
                    }

                    statement.Append('.');
                    if (review.ChairedBy is not null)
                    {
                        statement.Append(CultureInfo.InvariantCulture, $" Chủ trì: {review.ChairedBy}.");
                    }

                    if (review.Summary is not null)
                    {
                        statement.Append(' ').Append(review.Summary);
                    }

                    text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(review.Source, statement.ToString())}]").Append('\n');
                }

                return Grounded(text, citations, new Topic(AskKind.Review, blocId, year), Suggest.AfterMembers(reviews.Bloc));
            }

            default:
            {
                var members = await CallAsync<BlocMembers>(BlocRosterPlugin.Name, "get_members", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false);
                if (members is null)
                {
                    return Decline(Replies.NotFound);
                }

                var bloc = members.Bloc;
                if (year is not null && bloc.RosterYear is { } listed && year < listed && !BlocResolver.HasRosterBefore(index.Knowledge.Blocs, blocId, listed))
                {
                    return Decline(Replies.NoRosterForYear(bloc, year.Value, listed));
                }

                var unitWord = UnitWord(members.Members);
                var head = bloc.MembersComplete
                    ? $"{BlocName(bloc)} có {members.Members.Count} {unitWord} thành viên"
                    : $"Nguồn hiện có nêu tên {members.Members.Count} {unitWord} thuộc {BlocName(bloc)} (danh sách chưa đầy đủ)";
                var statement = $"{head}: {string.Join(", ", members.Members)}.";
                text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(members.Source, statement)}]");
                if (ask != AskKind.Members && bloc.LeaderYears.Count > 0)
                {
                    var history = await CallAsync<BlocLeaderHistory>(BlocRosterPlugin.Name, "get_leader_history", new() { ["blocId"] = blocId }, ct).ConfigureAwait(false);
                    foreach (var leader in history?.Leaders ?? [])
                    {
                        text.Append('\n').Append(LeaderSentence(leader, citations, brief: true));
                    }
                }

                return Grounded(text, citations, new Topic(AskKind.Members, blocId, year), Suggest.AfterMembers(bloc));
            }
        }
    }

    private async Task<ComposedAnswer> AnswerUnitAsync(IReadOnlyList<UnitMembership> memberships, AskKind ask, QuestionFrame q, CitationList citations, CancellationToken ct)
    {
        var text = new StringBuilder();
        var first = memberships[0];
        var unit = NameMatcher.Syllables(UnitNames.Core(first.Unit));
        switch (ask)
        {
            case AskKind.Leader or AskKind.LeaderHistory:
            {
                // "Hội Nông dân … làm khối trưởng năm nào?": the years this unit led, else every recorded leader.
                var history = await CallAsync<BlocLeaderHistory>(BlocRosterPlugin.Name, "get_leader_history", new() { ["blocId"] = first.Bloc.Id }, ct).ConfigureAwait(false);
                var leaders = history?.Leaders ?? [];
                var own = leaders.Where(l => l.Unit is not null && NameMatcher.Contains(NameMatcher.Syllables(l.Unit), unit)).ToList();
                var shown = (own.Count > 0 ? own : leaders).Where(l => q.Year is null || l.Year == q.Year).ToList();
                if (shown.Count == 0)
                {
                    return Decline(Replies.NoLeaders(first.Bloc));
                }

                foreach (var leader in shown)
                {
                    text.Append(LeaderSentence(leader, citations)).Append('\n');
                }

                break;
            }

            case AskKind.Awards:
            {
                var awards = await CallAsync<BlocAwards>(BlocRosterPlugin.Name, "get_awards", new() { ["blocId"] = first.Bloc.Id, ["year"] = q.Year }, ct).ConfigureAwait(false);
                var received = awards?.Awards.Where(a => a.Recipients.Any(r => NameMatcher.Contains(NameMatcher.Syllables(r), unit))).ToList() ?? [];
                if (received.Count == 0)
                {
                    return Decline(Replies.NoAwardsForUnit(first.Unit, q.Year));
                }

                foreach (var award in received)
                {
                    var by = award.ConferredBy is null ? string.Empty : $" của {award.ConferredBy}";
                    var statement = award.Proposed
                        ? $"Với thành tích năm {award.Year}, {BlocName(awards!.Bloc)} đề nghị tặng {award.Form}{by} cho {first.Unit}."
                        : $"Với thành tích năm {award.Year}, {first.Unit} được tặng {award.Form}{by}.";
                    text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(award.Source, statement)}]").Append('\n');
                }

                break;
            }

            default:
                foreach (var (membership, year) in MembershipsByYear(memberships, q.Years))
                {
                    var descriptor = membership.Bloc.Descriptor is null ? string.Empty : $" — {membership.Bloc.Descriptor}";
                    var when = year is not null ? $"Năm {year}, " : membership.Bloc.RosterYear is { } listed ? $"Theo danh sách năm {listed}, " : string.Empty;
                    var statement = $"{when}{membership.Unit} là thành viên của {BlocName(membership.Bloc)}{descriptor}.";
                    text.Append(char.ToUpperInvariant(statement[0])).Append(statement[1..]).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(membership.Source, $"{membership.Bloc.Name} {membership.Unit}")}]").Append('\n');
                }

                break;
        }

        return Grounded(text, citations, new Topic(ask, first.Bloc.Id, q.Year), Suggest.AfterMembers(first.Bloc));
    }

    private async Task<ComposedAnswer> AnswerListBlocsAsync(QuestionFrame q, CitationList citations, CancellationToken ct)
    {
        var all = await CallAsync<IReadOnlyList<BlocInfo>>(BlocRosterPlugin.Name, "list_blocs", [], ct).ConfigureAwait(false) ?? [];
        var home = q.Provinces.Count > 0 ? null : index.Knowledge.HomeProvince;
        // "tỉnh chia thành bao nhiêu khối?" without a year: counted on the newest rosters of the folder's province.
        var year = q.Year ?? (BlocListing.Counts(q.Syllables) ? BlocListing.NewestRosterYear(all, home, q.Provinces) : null);
        q = q with { Year = year };
        var blocs = BlocListing.InForce(all, year, home, q.Provinces, year is null ? null : BlocListing.KindAsked(q.Syllables));
        if (blocs.Count == 0)
        {
            return Decline(year is { } missing ? Replies.NoBlocsForYear(missing) : Replies.NotFound);
        }

        var text = new StringBuilder(BlocListing.Heading(blocs, year));
        foreach (var bloc in blocs)
        {
            var members = bloc.MembersComplete ? $"{bloc.MemberCount} thành viên" : $"{bloc.MemberCount} thành viên được nêu tên";
            var leaders = bloc.LeaderYears.Count > 0 ? $"; có dữ liệu khối trưởng năm {string.Join(", ", bloc.LeaderYears)}" : string.Empty;
            var line = $"- {BlocName(bloc)}: {members}{leaders}";
            var source = index.Knowledge.Blocs.FirstOrDefault(b => b.Id == bloc.Id)?.Sources.FirstOrDefault();
            text.Append(line);
            if (q.Year is not null && source is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" [{citations.Cite(Citations.Ref(index.Knowledge, source), line)}]");
            }

            text.Append('\n');
        }

        return q.Year is null
            ? new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, [], Suggest.AfterList(blocs)), new Topic(AskKind.ListBlocs))
            : Grounded(text, citations, new Topic(AskKind.ListBlocs, Year: q.Year), Suggest.AfterList(blocs));
    }

    private async Task<ComposedAnswer> AnswerListTitlesAsync(QuestionFrame q, CitationList citations, CancellationToken ct)
    {
        var titles = await CallAsync<IReadOnlyList<AwardTitleInfo>>(AwardTitlesPlugin.Name, "list_titles", [], ct).ConfigureAwait(false) ?? [];
        var forms = HasAnySyllable(q, "hinh") ? titles.Where(t => Citations.Folded(t.Type).Contains("hinh thuc", StringComparison.Ordinal)).ToList() : [];
        var shown = forms.Count > 0 ? forms : titles.Where(t => !Citations.Folded(t.Type).Contains("hinh thuc", StringComparison.Ordinal)).ToList();
        if (shown.Count == 0)
        {
            return Decline(Replies.NotFound);
        }

        var heading = forms.Count > 0 ? "Các hình thức khen thưởng" : "Các danh hiệu thi đua";
        var text = new StringBuilder($"{heading} có trong dữ liệu:\n");
        foreach (var title in shown)
        {
            var basis = title.Article is null ? string.Empty : $" ({title.Article})";
            text.Append(CultureInfo.InvariantCulture, $"- {title.Name}{basis} [{citations.Cite(title.Source, title.Name)}]\n");
        }

        return Grounded(text, citations, new Topic(AskKind.ListTitles), shown.Take(2).Select(t => $"Tiêu chuẩn {t.Name} là gì?").ToList());
    }

    private ComposedAnswer AnswerBlocCampaigns(string blocId, IReadOnlyList<CampaignInfo> campaigns, CitationList citations)
    {
        var bloc = index.Knowledge.Blocs.First(b => b.Id == blocId);
        var source = Citations.Ref(index.Knowledge, bloc.Sources.FirstOrDefault());
        var text = new StringBuilder($"Các phong trào, cuộc vận động được nêu trong nguồn về {bloc.DisplayName}:\n");
        foreach (var campaign in campaigns)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {Capitalize(campaign.Kind)} “{campaign.Name}”\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"[{citations.Cite(source, string.Join(" ", campaigns.Select(c => c.Name)))}]");
        return Grounded(text, citations, new Topic(AskKind.General, blocId), campaigns.Take(2).Select(c => $"Tham gia phong trào {c.Name} thế nào?").ToList());
    }

    private async Task<ComposedAnswer> AnswerAuthorAsync(QuestionFrame q, CitationList citations, CancellationToken ct)
    {
        var passages = await CallAsync<IReadOnlyList<Passage>>(KnowledgeSearchPlugin.Name, "search", new() { ["query"] = q.Text, ["top"] = 5 }, ct).ConfigureAwait(false) ?? [];
        foreach (var passage in passages)
        {
            // The best-matching article answers, or nobody does: the next article's byline belongs to another story.
            var document = index.Knowledge.Document(passage.Source.DocumentId);
            if (document is null || document.Metadata.GetValueOrDefault(Ingestion.MetadataKeys.Kind) is not ("article" or "document"))
            {
                continue;
            }

            var source = document.Source;
            if (source.Author is not { } author)
            {
                return Decline(Replies.UnknownAuthor(source.Title));
            }

            var statement = $"Bài “{source.Title}” ({Citations.Line(source)}) do {author} viết.";
            var text = new StringBuilder(statement).Append(CultureInfo.InvariantCulture, $" [{citations.CitePassage(passage.Source, passage.Text)}]");
            return Grounded(text, citations, new Topic(AskKind.Author), []);
        }

        return Decline(Replies.NotFound);
    }

    // Money is answered only for the titles the question names: every one of them ("cờ thi đua của Chính phủ với cờ thi
    // đua cấp tỉnh"), both kinds when the name is shared ("bằng khen"), and never a sibling's figure for a title whose
    // amount the sources do not give.
    // "Sở Xây dựng Nghệ An" is not the Sở Xây dựng of a Hà Tĩnh bloc: a province the question names must be the bloc's
    // (a bloc whose province the sources leave unknown is kept; the answer says so).
    // A unit in rosters of several years (renumbering): for each year asked, the roster in force that year; when no
    // year is asked, every roster with its year.
    private static List<(UnitMembership Membership, int? Year)> MembershipsByYear(IReadOnlyList<UnitMembership> memberships, IReadOnlyList<int> years)
    {
        if (years.Count == 0 || memberships.All(m => m.Bloc.RosterYear is null))
        {
            return memberships.Select(m => (m, (int?)null)).ToList();
        }

        var chosen = new List<(UnitMembership, int?)>();
        foreach (var year in years.Distinct())
        {
            var dated = memberships.Where(m => m.Bloc.RosterYear is not null).OrderBy(m => m.Bloc.RosterYear).ToList();
            var inForce = dated.LastOrDefault(m => m.Bloc.RosterYear <= year) ?? dated.FirstOrDefault(m => m.Bloc.RosterYear == year + 1);
            if (inForce is not null)
            {
                chosen.Add((inForce, year));
            }
        }

        return chosen.Count > 0 ? chosen : memberships.Select(m => (m, (int?)null)).ToList();
    }

    // A province named in the question narrows the units' blocs to it; none named, the folder's own province first.
    private List<UnitMembership> MembershipsInProvinceAsked(QuestionFrame q, IReadOnlyList<UnitMembership> memberships)
    {
        var asked = memberships.Where(m => q.Provinces.Count == 0 || m.Bloc.Province is null
            || q.Provinces.Contains(string.Join(' ', NameMatcher.Syllables(m.Bloc.Province)), StringComparer.Ordinal)).ToList();
        var home = q.Provinces.Count == 0 ? index.Knowledge.HomeProvince : null;
        var own = home is null ? [] : asked.Where(m => m.Bloc.Province is null || string.Equals(m.Bloc.Province, home, StringComparison.OrdinalIgnoreCase)).ToList();
        return own.Count > 0 ? own : asked;
    }

    // "Phong trào chuyển đổi số ở Nghệ An" is not Hà Tĩnh's: a campaign tied to other provinces is left out; a
    // national one (no province in its record) stays.
    private List<CampaignInfo> CampaignsInProvinceAsked(QuestionFrame q, IReadOnlyList<CampaignInfo> campaigns) =>
        campaigns.Where(c =>
        {
            if (q.Provinces.Count == 0)
            {
                return true;
            }

            var own = Answering.Provinces.Mentioned(NameMatcher.Syllables($"{c.Name} {c.LaunchedBy} {c.Purpose}"), index.Knowledge);
            return own.Count == 0 || q.Provinces.Any(own.Contains);
        }).ToList();

    private static ComposedAnswer AnswerCash(IReadOnlyList<AwardTitleInfo> chosen, QuestionFrame q, CitationList citations)
    {
        if (chosen.Count == 1)
        {
            return chosen[0].CashReward is null ? Decline(Replies.NoCashReward(chosen[0].Name)) : AnswerTitle(chosen[0], AskKind.Cash, q, citations);
        }

        if (chosen.All(t => t.CashReward is null))
        {
            return Decline(Replies.NoCashReward(string.Join(", ", chosen.Select(t => t.Name))));
        }

        var text = new StringBuilder("Tiền thưởng kèm theo:\n");
        foreach (var title in chosen)
        {
            var statement = title.CashReward is { } cash
                ? $"{title.Name}: {cash.TrimEnd('.')}."
                : $"{title.Name}: nguồn hiện có không ghi mức tiền thưởng.";
            text.Append("- ").Append(statement);
            if (title.CashReward is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" [{citations.Cite(title.Source, statement)}]");
            }

            text.Append('\n');
        }

        return new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, citations.Items, []), new Topic(AskKind.Cash, TitleId: chosen[0].Id));
    }

    // Titles whose name or alias the question types in full, leaving out a match that lies inside another's
    // ("bằng khen" inside "bằng khen thủ tướng"); a shared name ("bằng khen") names every title that carries it.
    private async Task<List<AwardTitleInfo>> NamedInFullAsync(QuestionFrame q, CancellationToken ct)
    {
        var spans = new List<(Knowledge.AwardTitle Award, int Start, int End)>();
        foreach (var award in index.Knowledge.Awards)
        {
            var best = award.Aliases.Append(award.Name)
                .Select(n => Occurrence(q.Syllables, NameMatcher.Syllables(n)))
                .Where(o => o.Start >= 0)
                .OrderByDescending(o => o.End - o.Start)
                .FirstOrDefault((Start: -1, End: -1));
            if (best.Start >= 0)
            {
                spans.Add((award, best.Start, best.End));
            }
        }

        var named = new List<AwardTitleInfo>();
        foreach (var (award, _, _) in spans
            .Where(a => !spans.Any(b => b.Start <= a.Start && a.End <= b.End && b.End - b.Start > a.End - a.Start))
            .OrderBy(a => a.Start))
        {
            var found = await CallAsync<IReadOnlyList<AwardTitleInfo>>(AwardTitlesPlugin.Name, "find_title", new() { ["name"] = award.Name }, ct).ConfigureAwait(false) ?? [];
            if (found.FirstOrDefault(t => t.Id == award.Id) is { } info && named.All(t => t.Id != info.Id))
            {
                named.Add(info);
            }
        }

        return named;
    }

    private static (int Start, int End) Occurrence(IReadOnlyList<string> text, IReadOnlyList<string> phrase)
    {
        for (var i = 0; phrase.Count > 0 && i + phrase.Count <= text.Count; i++)
        {
            if (phrase.Select((p, k) => string.Equals(text[i + k], p, StringComparison.Ordinal)).All(same => same))
            {
                return (i, i + phrase.Count);
            }
        }

        return (-1, -1);
    }

    private static ComposedAnswer AnswerTitle(AwardTitleInfo title, AskKind ask, QuestionFrame q, CitationList citations)
    {
        var text = new StringBuilder();
        var basis = title.Article is null && title.LegalBasis is null ? null : string.Join(" ", new[] { title.Article, title.LegalBasis }.Where(p => p is not null));
        void Line(string statement) => text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(title.Source, statement)}]").Append('\n');

        switch (ask)
        {
            case AskKind.Cash when title.CashReward is not null:
                Line($"Tiền thưởng kèm {title.Name}: {title.CashReward.TrimEnd('.')}.");
                break;
            case AskKind.LegalBasis:
                if (title.NoLongerApplies.Count > 0 && (HasAnySyllable(q, "15", "ty", "gioi", "con", "bo", "thay", "doi", "moi", "cu")))
                {
                    foreach (var rule in title.NoLongerApplies)
                    {
                        Line($"Không còn áp dụng: {rule}");
                    }
                }

                if (basis is not null)
                {
                    Line($"{title.Name}: căn cứ {basis}{(title.EffectiveFrom is null ? string.Empty : $", có hiệu lực từ {Citations.FormatDate(title.EffectiveFrom)}")}.");
                }

                break;
            default:
                if (title.Criteria.Count > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"Tiêu chuẩn {title.Name}{(basis is null ? string.Empty : $" ({basis})")}:\n");
                    foreach (var criterion in title.Criteria)
                    {
                        text.Append("- ").Append(criterion.TrimEnd('.')).Append('\n');
                    }

                    text.Append(CultureInfo.InvariantCulture, $"[{citations.Cite(title.Source, string.Join(" ", title.Criteria))}]\n");
                }
                else if (basis is not null)
                {
                    Line($"{title.Name} là {title.Type}, căn cứ {basis}.");
                }

                if (title.ConferredBy is not null)
                {
                    Line($"Thẩm quyền: {title.ConferredBy.TrimEnd('.')}.");
                }

                if (title.CashReward is not null && ask is AskKind.General or AskKind.Criteria)
                {
                    Line($"Tiền thưởng: {title.CashReward.TrimEnd('.')}.");
                }

                foreach (var rule in title.NoLongerApplies)
                {
                    Line($"Không còn áp dụng: {rule}");
                }

                break;
        }

        if (title.Unconfirmed)
        {
            text.Append("Lưu ý: nội dung này chưa được xác nhận chính thức, cần đối chiếu văn bản gốc.\n");
        }

        if (text.Length == 0)
        {
            Line($"{title.Name} là {title.Type}.");
        }

        return new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, citations.Items, Suggest.AfterTitle(title)), new Topic(ask, TitleId: title.Id));
    }

    private static ComposedAnswer AnswerCampaign(CampaignInfo campaign, AskKind ask, CitationList citations)
    {
        var text = new StringBuilder();
        void Line(string statement) => text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(campaign.Source, statement)}]").Append('\n');
        var launched = campaign.LaunchedBy is null ? null
            : $"{Capitalize(campaign.Kind)} “{campaign.Name}” do {campaign.LaunchedBy} phát động{(campaign.LaunchedOn is null ? string.Empty : $" ngày {Citations.FormatDate(campaign.LaunchedOn)}")}{(campaign.Period is null ? string.Empty : $" (giai đoạn {campaign.Period})")}.";
        if (ask == AskKind.Who && campaign.LaunchedBy is null)
        {
            return Decline(Replies.UnknownLauncher($"{campaign.Kind} “{campaign.Name}”"));
        }

        switch (ask)
        {
            case AskKind.HowTo when campaign.HowToJoin.Count > 0:
                text.Append(CultureInfo.InvariantCulture, $"Để tham gia {campaign.Kind} “{campaign.Name}”, bạn có thể:\n");
                foreach (var step in campaign.HowToJoin)
                {
                    text.Append("- ").Append(step.TrimEnd('.')).Append('\n');
                }

                text.Append(CultureInfo.InvariantCulture, $"[{citations.Cite(campaign.Source, string.Join(" ", campaign.HowToJoin))}]\n");
                if (campaign.KeyDates.Count > 0)
                {
                    text.Append("Mốc thời gian: ").Append(string.Join("; ", campaign.KeyDates.Select(d => d.TrimEnd('.')))).Append(".\n");
                }

                break;
            case AskKind.Who or AskKind.When or AskKind.LegalBasis when launched is not null || campaign.LegalBasis.Count > 0:
                if (launched is not null)
                {
                    Line(launched);
                }

                foreach (var basis in campaign.LegalBasis)
                {
                    Line($"Căn cứ: {basis.TrimEnd('.')}.");
                }

                if (ask == AskKind.When && campaign.KeyDates.Count > 0)
                {
                    Line($"Mốc thời gian: {string.Join("; ", campaign.KeyDates.Select(d => d.TrimEnd('.')))}.");
                }

                break;
            default:
                if (launched is not null)
                {
                    Line(launched);
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Capitalize(campaign.Kind)} “{campaign.Name}”.\n");
                }

                if (campaign.Purpose.Length > 0)
                {
                    Line($"Mục đích: {campaign.Purpose.TrimEnd('.')}.");
                }

                foreach (var result in campaign.Results.Take(3))
                {
                    text.Append(result.Text.TrimEnd('.')).Append(CultureInfo.InvariantCulture, $". [{citations.Cite(result.Source, result.Text)}]\n");
                }

                if (campaign.HowToJoin.Count > 0)
                {
                    text.Append("Cách tham gia: ").Append(string.Join("; ", campaign.HowToJoin.Select(h => h.TrimEnd('.')))).Append(".\n");
                }

                break;
        }

        if (text.Length == 0)
        {
            return Decline(Replies.NotFound);
        }

        return new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, citations.Items, Suggest.AfterCampaign(campaign)), new Topic(ask, CampaignId: campaign.Id));
    }

    private static readonly ConditionalWeakTable<Ingestion.ExtractedDocument, List<string>> FoldedDocuments = [];

    private List<string> DocumentSyllables(string documentId) =>
        index.Knowledge.Document(documentId) is { } document
            ? FoldedDocuments.GetValue(document, d => [.. NameMatcher.Syllables(string.Join(' ', d.Sections.Select(s => s.Heading + " " + s.Text)
                .Prepend(d.Title).Append(d.Metadata.GetValueOrDefault(Ingestion.MetadataKeys.Province) ?? string.Empty)))])
            : [];

    private async Task<Answer?> AnswerFromPassagesAsync(QuestionFrame q, string query, CitationList citations, CancellationToken ct) =>
        (await SelectPassagesAsync(q, query, citations, null, ct).ConfigureAwait(false))?.Answer;

    private async Task<(Answer Answer, string DocumentId)?> SelectPassagesAsync(QuestionFrame q, string query, CitationList citations, string? preferredDocument, CancellationToken ct)
    {
        var passages = await CallAsync<IReadOnlyList<Passage>>(KnowledgeSearchPlugin.Name, "search", new() { ["query"] = query, ["top"] = 8 }, ct).ConfigureAwait(false) ?? [];
        var selection = PassageSelector.Select(q, query, passages, index.Vocabulary, preferredDocument, DocumentSyllables, index.Knowledge.Document);
        if (selection is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var (sentence, passage) in selection)
        {
            text.Append(sentence.TrimEnd()).Append(CultureInfo.InvariantCulture, $" [{citations.CitePassage(passage.Source, passage.Text)}]").Append('\n');
        }

        return (new Answer(text.ToString().TrimEnd(), true, citations.Items, []), selection[0].Passage.Source.DocumentId);
    }

    private async Task<IReadOnlyList<string>> ListBlocNamesAsync(CancellationToken ct) =>
        (await CallAsync<IReadOnlyList<BlocInfo>>(BlocRosterPlugin.Name, "list_blocs", [], ct).ConfigureAwait(false) ?? []).Select(BlocName).ToList();

    private async Task<T?> CallAsync<T>(string plugin, string function, KernelArguments arguments, CancellationToken ct)
    {
        var result = await kernel.InvokeAsync(plugin, function, arguments, ct).ConfigureAwait(false);
        return result.GetValue<T>();
    }

    private static IReadOnlyList<T> Only<T>(IReadOnlyList<T>? items, Func<T, bool> keep) => items?.Where(keep).ToList() ?? [];

    private string? Sibling(string titleId, IReadOnlyList<string> question)
    {
        var family = NameMatcher.Syllables(TitleName(titleId));
        foreach (var award in index.Knowledge.Awards.Where(a => a.Id != titleId))
        {
            var name = NameMatcher.Syllables(award.Name);
            var shared = family.Zip(name).TakeWhile(p => p.First == p.Second).Count();
            if (shared >= 2 && name.Length > shared && NameMatcher.Contains(question, name[shared..]))
            {
                return award.Name;
            }
        }

        return null;
    }

    private string TitleName(string id) => index.Knowledge.Awards.FirstOrDefault(a => a.Id == id)?.Name ?? id;

    private string CampaignName(string id) => index.Knowledge.Campaigns.FirstOrDefault(c => c.Id == id)?.Name ?? id;

    private static string LeaderSentence(BlocLeaderInYear leader, CitationList citations, bool brief = false)
    {
        var role = leader.Bloc.Kind == "cụm thi đua" ? "cụm trưởng" : "khối trưởng";
        var statement = $"Năm {leader.Year}, {role} {BlocName(leader.Bloc)} là {leader.Unit}";
        if (!brief && leader.Person is not null)
        {
            statement += $" (đại diện: {leader.Person})";
        }

        statement += ".";
        if (!brief && leader.Basis is not null)
        {
            statement += " " + leader.Basis.TrimEnd('.') + ".";
        }
        else if (!brief && leader.ChosenOn is not null)
        {
            statement += $" Đơn vị nhận nhiệm vụ ngày {Citations.FormatDate(leader.ChosenOn)}.";
        }

        return leader.Source is null ? statement : $"{statement} [{citations.Cite(leader.Source, $"{leader.Unit} {role} {leader.Year}")}]";
    }

    private IEnumerable<BlocScoreItem> BlocScoresOf(Knowledge.Bloc bloc) =>
        bloc.Scores.Select(s => new BlocScoreItem(BlocRosterPlugin.Info(bloc), s.Year, s.Unit, s.Points, s.Rank, Citations.Ref(index.Knowledge, s.Source)));

    // A renumbered bloc: the same number named another roster in another year, and that roster's hand-over may name a
    // leader for the year asked too ("Khối II" of 2024 chose its 2025 leader). Both are said, each with its roster.
    private void AppendOtherRosters(StringBuilder text, string blocId, int year, string unit, CitationList citations)
    {
        var bloc = index.Knowledge.Blocs.FirstOrDefault(b => b.Id == blocId);
        if (bloc?.Year is null)
        {
            return;
        }

        foreach (var other in index.Knowledge.Blocs.Where(b => b.Id != bloc.Id && b.Year is not null && b.Kind == bloc.Kind && b.Number == bloc.Number && b.Province == bloc.Province))
        {
            if (other.LeaderIn(year) is { } theirs && !string.Equals(theirs.Unit, unit, StringComparison.Ordinal))
            {
                var statement = $"Lưu ý: {other.Name} theo danh sách năm {other.Year} (khối được đánh số lại) ghi {theirs.Unit} làm khối trưởng năm {year}.";
                text.Append('\n').Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(Citations.Ref(index.Knowledge, theirs.Source), theirs.Basis ?? statement)}]");
            }
        }
    }

    // A campaign read from a plan may lack what is asked (a plan rarely names who launched it): then the passages answer.
    private bool ExtractedCampaignHolds(CampaignInfo info, AskKind ask)
    {
        var campaign = index.Knowledge.Campaigns.FirstOrDefault(c => c.Id == info.Id);
        return campaign is not { Extracted: true } || ask switch
        {
            AskKind.Who => campaign.LaunchedBy is not null,
            AskKind.When => campaign.LaunchedOn is not null || campaign.KeyDates.Count > 0,
            AskKind.HowTo => campaign.HowToJoin.Count > 0,
            AskKind.Criteria => campaign.Results.Count > 0,
            AskKind.LegalBasis => campaign.LegalBasis.Count > 0,
            _ => campaign.Purpose.Length > 0,
        };
    }

    private static string BlocName(BlocInfo bloc) => bloc.Province is null ? bloc.Name : $"{bloc.Name} (tỉnh {bloc.Province})";

    private static string UnitWord(IReadOnlyList<string> members) =>
        members.Count > 0 && members.All(m => m.StartsWith("Hội", StringComparison.Ordinal) || m.StartsWith("Liên hiệp", StringComparison.Ordinal)) ? "hội" : "đơn vị";

    private static bool AsksLeaderToo(QuestionFrame q) =>
        q.Syllables.Where((w, i) => w is "khoi" or "cum" && i + 1 < q.Syllables.Count && q.Syllables[i + 1] == "truong").Any();

    private static bool IsBlocAsk(AskKind ask) => ask is AskKind.Members or AskKind.Leader or AskKind.LeaderHistory or AskKind.Deputy or AskKind.Score or AskKind.Awards or AskKind.Review;

    // "Khối thi đua 8" alone, or with little else: an overview of the bloc.
    private static bool IsOverview(QuestionFrame q) =>
        q.Ask is AskKind.General && q.Blocs.Matches.Count > 0 && q.Syllables.Count <= 8;

    private static bool HasAnySyllable(QuestionFrame q, params string[] syllables) => q.Syllables.Any(s => syllables.Contains(s, StringComparer.Ordinal));

    private static string Describe(QuestionFrame q)
    {
        var name = $"{(q.Blocs.Kind == Knowledge.BlocKind.Cum ? "Cụm thi đua" : "Khối thi đua")} {q.Blocs.Number}";
        return q.Provinces.Count > 0 && Typed(q.Text, q.Provinces[0]) is { } province ? $"{name} ({province})" : name;
    }

    // The words of the question that spell a folded name, as the user typed them ("Ninh Thuận").
    private static string? Typed(string text, string folded)
    {
        var words = text.Split([' ', ',', '?', '.', '!'], StringSplitOptions.RemoveEmptyEntries);
        var wanted = folded.Split(' ');
        for (var i = 0; i + wanted.Length <= words.Length; i++)
        {
            if (words.Skip(i).Take(wanted.Length).Select(w => Citations.Folded(w)).SequenceEqual(wanted))
            {
                return string.Join(' ', words.Skip(i).Take(wanted.Length));
            }
        }

        return null;
    }

    private static string JoinVi(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join(string.Empty, items) : $"{string.Join(", ", items.Take(items.Count - 1))} và {items[^1]}";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static ComposedAnswer Grounded(StringBuilder text, CitationList citations, Topic topic, IReadOnlyList<string> suggestions) =>
        new(new Answer(text.ToString().TrimEnd(), true, citations.Items, suggestions), topic);

    private static ComposedAnswer Decline(string text) => new(Answer.Ungrounded(text, Suggest.Examples), null);
}
