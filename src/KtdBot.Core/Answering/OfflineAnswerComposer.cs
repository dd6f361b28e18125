using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;
using Microsoft.SemanticKernel;

namespace KtdBot.Answering;

/// <summary>What a question was resolved to, remembered so a follow-up can inherit it.</summary>
public sealed record Topic(AskKind Ask, string? BlocId = null, int? Year = null, string? CampaignId = null, string? TitleId = null)
{
    /// <summary>Serialises for the conversation store.</summary>
    public IReadOnlyDictionary<string, string> ToContext()
    {
        var context = new Dictionary<string, string>(StringComparer.Ordinal) { ["ask"] = Ask.ToString() };
        Add(context, "bloc", BlocId);
        Add(context, "year", Year?.ToString(CultureInfo.InvariantCulture));
        Add(context, "campaign", CampaignId);
        Add(context, "title", TitleId);
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
            context.GetValueOrDefault("title"));
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
public sealed class OfflineAnswerComposer(Kernel kernel, KnowledgeIndex index, QuestionAnalyzer analyzer)
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

    private async Task<ComposedAnswer> ComposeCoreAsync(QuestionAnalysis q, Topic? previous, CancellationToken ct)
    {
        if (q.OutOfScope)
        {
            return Decline(Replies.OutOfScope);
        }

        var knowledge = index.Knowledge;
        var citations = new CitationList(knowledge);

        // Blocs: a reference the knowledge base does not know is declined, never guessed.
        // Passages may still speak of it (a raw news page in a custom folder); a passage must then carry the number.
        if (q.Blocs.Mentioned && q.Blocs.Matches.Count == 0 && q.Blocs.Number is not null)
        {
            var fromPages = await AnswerFromPassagesAsync(q, null, citations, ct).ConfigureAwait(false);
            return fromPages is not null
                ? new ComposedAnswer(fromPages, new Topic(q.Ask))
                : Decline(Replies.UnknownBloc(Describe(q), await ListBlocNamesAsync(ct).ConfigureAwait(false)));
        }

        var ask = q.Ask;
        var blocId = q.Blocs.Matches.Count > 0 ? q.Blocs.Matches[0].Id : null;
        var year = q.Year;
        var continuesTopic = previous is not null && (q.FollowUpCue || q.Syllables.Count <= 9);
        if (blocId is null && previous?.BlocId is { } previousBloc && !q.Blocs.Mentioned
            && (IsBlocAsk(ask) || (continuesTopic && ask is AskKind.General or AskKind.Figure or AskKind.When)))
        {
            blocId = previousBloc;
        }

        if (ask == AskKind.General && continuesTopic && previous is not null && (q.Year is not null || q.Blocs.Matches.Count > 0))
        {
            ask = previous.Ask; // "Còn năm 2024 thì sao?" / "Còn khối 2?"
        }

        if (year is null && q.FollowUpCue && previous?.Year is { } previousYear && ask == previous.Ask)
        {
            year = previousYear;
        }

        if (blocId is not null && (IsBlocAsk(ask) || IsOverview(q)))
        {
            return await AnswerBlocAsync(blocId, ask, year, q, citations, ct).ConfigureAwait(false);
        }

        if (ask is AskKind.Leader or AskKind.LeaderHistory or AskKind.Members or AskKind.Awards && blocId is null && q.Ask != AskKind.UnitBloc)
        {
            if (ask == AskKind.Members || !await MentionsUnitAsync(q, ct).ConfigureAwait(false))
            {
                // A long question may name the bloc in words the records do not hold ("Sở Tài chính bàn giao … cho ai?").
                var fromPages = q.Syllables.Count >= 7 ? await AnswerFromPassagesAsync(q, null, citations, ct).ConfigureAwait(false) : null;
                return fromPages is not null
                    ? new ComposedAnswer(fromPages, new Topic(ask))
                    : Decline(Replies.WhichBloc(await ListBlocNamesAsync(ct).ConfigureAwait(false)));
            }
        }

        if (ask == AskKind.UnitBloc || (ask is AskKind.Leader or AskKind.Awards && blocId is null))
        {
            return await AnswerUnitBlocAsync(q, citations, ct).ConfigureAwait(false);
        }

        if (ask == AskKind.ListBlocs)
        {
            return await AnswerListBlocsAsync(citations, ct).ConfigureAwait(false);
        }

        var titles = await CallAsync<IReadOnlyList<AwardTitleInfo>>(AwardTitlesPlugin.Name, "find_title", new() { ["name"] = q.Text }, ct).ConfigureAwait(false) ?? [];
        var campaigns = await CallAsync<IReadOnlyList<CampaignInfo>>(CampaignsPlugin.Name, "find_campaign", new() { ["name"] = q.Text }, ct).ConfigureAwait(false) ?? [];
        if (titles.Count == 0 && campaigns.Count == 0 && continuesTopic && q.FollowUpCue && previous is not null)
        {
            titles = previous.TitleId is { } titleId ? (await CallAsync<IReadOnlyList<AwardTitleInfo>>(AwardTitlesPlugin.Name, "find_title", new() { ["name"] = TitleName(titleId) }, ct).ConfigureAwait(false) ?? []).Where(t => t.Id == titleId).ToList() : titles;
            campaigns = previous.CampaignId is { } campaignId ? (await CallAsync<IReadOnlyList<CampaignInfo>>(CampaignsPlugin.Name, "find_campaign", new() { ["name"] = CampaignName(campaignId) }, ct).ConfigureAwait(false) ?? []).Where(c => c.Id == campaignId).ToList() : campaigns;
        }

        if (titles.Count > 0 && ask is AskKind.Criteria or AskKind.Cash or AskKind.LegalBasis or AskKind.General or AskKind.Who or AskKind.Figure or AskKind.HowTo or AskKind.Awards)
        {
            return AnswerTitle(titles[0], ask, q, citations);
        }

        if (campaigns.Count > 0 && ask is AskKind.HowTo or AskKind.Who or AskKind.When or AskKind.General or AskKind.Criteria)
        {
            return AnswerCampaign(campaigns[0], ask, citations);
        }

        if (ask == AskKind.LegalBasis && HasAnySyllable(q, "15", "ty", "le"))
        {
            var obsolete = await CallAsync<IReadOnlyList<AwardTitleInfo>>(AwardTitlesPlugin.Name, "obsolete_rules", [], ct).ConfigureAwait(false) ?? [];
            if (obsolete.Count > 0)
            {
                return AnswerTitle(obsolete[0], AskKind.LegalBasis, q, citations);
            }
        }

        var fromPassages = await AnswerFromPassagesAsync(q, blocId, citations, ct).ConfigureAwait(false);
        if (fromPassages is not null)
        {
            var topic = new Topic(ask, blocId, year, campaigns.Count > 0 ? campaigns[0].Id : null, titles.Count > 0 ? titles[0].Id : null);
            return new ComposedAnswer(fromPassages, topic);
        }

        if (campaigns.Count > 0)
        {
            return AnswerCampaign(campaigns[0], AskKind.General, citations);
        }

        return Decline(Replies.NotFound);
    }

    private async Task<ComposedAnswer> AnswerBlocAsync(string blocId, AskKind ask, int? year, QuestionAnalysis q, CitationList citations, CancellationToken ct)
    {
        var text = new StringBuilder();
        switch (ask)
        {
            case AskKind.Leader when year is not null:
            {
                var leader = await CallAsync<BlocLeaderInYear>(BlocRosterPlugin.Name, "get_leader", new() { ["blocId"] = blocId, ["year"] = year.Value }, ct).ConfigureAwait(false);
                if (leader?.Unit is null)
                {
                    return Decline(Replies.NoLeaderForYear(leader?.Bloc, year.Value, leader?.KnownYears ?? []));
                }

                text.Append(LeaderSentence(leader, citations));
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

    private async Task<ComposedAnswer> AnswerUnitBlocAsync(QuestionAnalysis q, CitationList citations, CancellationToken ct)
    {
        var memberships = await CallAsync<IReadOnlyList<UnitMembership>>(BlocRosterPlugin.Name, "find_unit_bloc", new() { ["unit"] = q.Text }, ct).ConfigureAwait(false) ?? [];
        if (memberships.Count == 0)
        {
            return Decline(Replies.UnknownUnit(await ListBlocNamesAsync(ct).ConfigureAwait(false)));
        }

        var text = new StringBuilder();
        foreach (var membership in memberships)
        {
            var statement = $"{membership.Unit} là thành viên của {BlocName(membership.Bloc)}.";
            text.Append(statement).Append(CultureInfo.InvariantCulture, $" [{citations.Cite(membership.Source, $"{membership.Bloc.Name} {membership.Unit}")}]").Append('\n');
        }

        var first = memberships[0];
        if (q.Ask is AskKind.Leader)
        {
            var history = await CallAsync<BlocLeaderHistory>(BlocRosterPlugin.Name, "get_leader_history", new() { ["blocId"] = first.Bloc.Id }, ct).ConfigureAwait(false);
            foreach (var leader in history?.Leaders.Where(l => q.Year is null || l.Year == q.Year) ?? [])
            {
                text.Append(LeaderSentence(leader, citations, brief: true)).Append('\n');
            }
        }

        return Grounded(text, citations, new Topic(AskKind.UnitBloc, first.Bloc.Id, q.Year), Suggest.AfterMembers(first.Bloc));
    }

    private async Task<ComposedAnswer> AnswerListBlocsAsync(CitationList citations, CancellationToken ct)
    {
        var blocs = await CallAsync<IReadOnlyList<BlocInfo>>(BlocRosterPlugin.Name, "list_blocs", [], ct).ConfigureAwait(false) ?? [];
        if (blocs.Count == 0)
        {
            return Decline(Replies.NotFound);
        }

        var text = new StringBuilder("Tôi có dữ liệu về các khối, cụm thi đua sau:\n");
        foreach (var bloc in blocs)
        {
            var members = bloc.MembersComplete ? $"{bloc.MemberCount} thành viên" : $"{bloc.MemberCount} thành viên được nêu tên";
            var leaders = bloc.LeaderYears.Count > 0 ? $"; có dữ liệu khối trưởng năm {string.Join(", ", bloc.LeaderYears)}" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"- {BlocName(bloc)}: {members}{leaders}\n");
        }

        _ = citations;
        return new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, [], Suggest.AfterList(blocs)), new Topic(AskKind.ListBlocs));
    }

    private static ComposedAnswer AnswerTitle(AwardTitleInfo title, AskKind ask, QuestionAnalysis q, CitationList citations)
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
            case AskKind.Who or AskKind.When when launched is not null:
                Line(launched);
                foreach (var basis in campaign.LegalBasis)
                {
                    text.Append("Căn cứ: ").Append(basis.TrimEnd('.')).Append(".\n");
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

    private async Task<Answer?> AnswerFromPassagesAsync(QuestionAnalysis q, string? blocId, CitationList citations, CancellationToken ct)
    {
        var passages = await CallAsync<IReadOnlyList<Passage>>(KnowledgeSearchPlugin.Name, "search", new() { ["query"] = q.Text, ["top"] = 6 }, ct).ConfigureAwait(false) ?? [];
        var selection = PassageSelector.Select(q, passages, index.Vocabulary);
        if (selection is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var (sentence, passage) in selection)
        {
            text.Append(sentence.TrimEnd()).Append(CultureInfo.InvariantCulture, $" [{citations.CitePassage(passage.Source, passage.Text)}]").Append('\n');
        }

        _ = blocId;
        return new Answer(text.ToString().TrimEnd(), true, citations.Items, []);
    }

    private async Task<bool> MentionsUnitAsync(QuestionAnalysis q, CancellationToken ct) =>
        (await CallAsync<IReadOnlyList<UnitMembership>>(BlocRosterPlugin.Name, "find_unit_bloc", new() { ["unit"] = q.Text }, ct).ConfigureAwait(false) ?? []).Count > 0;

    private async Task<IReadOnlyList<string>> ListBlocNamesAsync(CancellationToken ct) =>
        (await CallAsync<IReadOnlyList<BlocInfo>>(BlocRosterPlugin.Name, "list_blocs", [], ct).ConfigureAwait(false) ?? []).Select(BlocName).ToList();

    private async Task<T?> CallAsync<T>(string plugin, string function, KernelArguments arguments, CancellationToken ct)
    {
        var result = await kernel.InvokeAsync(plugin, function, arguments, ct).ConfigureAwait(false);
        return result.GetValue<T>();
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

    private static string BlocName(BlocInfo bloc) => bloc.Province is null ? bloc.Name : $"{bloc.Name} (tỉnh {bloc.Province})";

    private static string UnitWord(IReadOnlyList<string> members) =>
        members.Count > 0 && members.All(m => m.StartsWith("Hội", StringComparison.Ordinal) || m.StartsWith("Liên hiệp", StringComparison.Ordinal)) ? "hội" : "đơn vị";

    private static bool IsBlocAsk(AskKind ask) => ask is AskKind.Members or AskKind.Leader or AskKind.LeaderHistory or AskKind.Awards or AskKind.Review;

    // "Khối thi đua 8" alone, or with little else: an overview of the bloc.
    private static bool IsOverview(QuestionAnalysis q) =>
        q.Ask is AskKind.General && q.Blocs.Matches.Count > 0 && q.Syllables.Count <= 8;

    private static bool HasAnySyllable(QuestionAnalysis q, params string[] syllables) => q.Syllables.Any(s => syllables.Contains(s, StringComparer.Ordinal));

    private static string Describe(QuestionAnalysis q) =>
        $"{(q.Blocs.Kind == Knowledge.BlocKind.Cum ? "Cụm thi đua" : "Khối thi đua")} {q.Blocs.Number}";

    private static string JoinVi(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join(string.Empty, items) : $"{string.Join(", ", items.Take(items.Count - 1))} và {items[^1]}";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static ComposedAnswer Grounded(StringBuilder text, CitationList citations, Topic topic, IReadOnlyList<string> suggestions) =>
        new(new Answer(text.ToString().TrimEnd(), true, citations.Items, suggestions), topic);

    private static ComposedAnswer Decline(string text) => new(Answer.Ungrounded(text, Suggest.Examples), null);
}
