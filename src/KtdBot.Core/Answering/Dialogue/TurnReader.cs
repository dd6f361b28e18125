using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering;

/// <summary>
/// Reads a question in its conversation: a short question without its own subject inherits the previous one's
/// ("còn năm 2024?", "khối đó có mấy đơn vị?", the bloc named after "Bạn muốn hỏi khối nào?").
/// </summary>
internal sealed class TurnReader(KnowledgeIndex index, QuestionAnalyzer analyzer, AwardTitlesPlugin titles, CampaignsPlugin campaigns, BlocRosterPlugin blocs)
{
    public Turn Read(QuestionFrame asked, Topic? previous)
    {
        var q = asked;
        var ask = q.Ask;
        var blocId = q.Blocs.Matches.Count > 0 ? q.Blocs.Matches[0].Id : null;
        var year = q.Year;
        // "khối đó", "cụm này": the bloc being discussed, however long the question.
        var refersBack = q.Blocs.Matches.Count == 0 && q.Blocs.Number is null && (previous?.BlocId is not null || previous?.UnknownBloc is not null) && Anaphora.RefersToBloc(q.Syllables);
        var hasOwnSubject = !refersBack && (q.Blocs.Mentioned || q.Syllables.Count > 12);
        var continues = previous is not null && (refersBack || q.FollowUpCue || q.Syllables.Count <= 9);
        var askAboutBloc = analyzer.AskAboutBloc(q);
        if (refersBack && !Turn.IsBlocAsk(ask) && Turn.IsBlocAsk(askAboutBloc))
        {
            ask = askAboutBloc;
        }

        var askRead = ask;
        if (blocId is null && previous?.BlocId is { } previousBloc && !hasOwnSubject
            && (Turn.IsBlocAsk(ask) || (continues && ask is AskKind.General or AskKind.Province)))
        {
            blocId = previousBloc;
            // "gồm những đơn vị nào?" after a bloc: read as it would be with the bloc's name in it.
            ask = ask == AskKind.General && Turn.IsBlocAsk(askAboutBloc) ? askAboutBloc : ask;
        }

        if (ask == AskKind.General && continues && previous is not null && (q.Year is not null || q.Blocs.Matches.Count > 0))
        {
            ask = previous.Ask; // "Còn năm 2024 thì sao?" / "Còn khối 2?"
        }

        // The answer to "Bạn muốn hỏi khối nào?": the question asked before, about the bloc named now.
        if (previous is { AwaitsBloc: true } waiting && blocId is not null && q.Syllables.Count <= 8 && (ask == AskKind.General || Turn.IsOverview(q)))
        {
            ask = waiting.Ask;
            year ??= waiting.Year;
        }

        // "khối đó" is the bloc of the year being discussed; "còn năm 2024?" keeps the question asked.
        // A short question that goes on about the same bloc ("được bao nhiêu điểm?") stays in its year too.
        var sameBloc = blocId is not null && blocId == previous?.BlocId && continues && !hasOwnSubject && Turn.IsBlocAsk(ask);
        if (year is null && previous?.Year is { } previousYear && ((q.FollowUpCue && ask == previous.Ask) || (refersBack && previous.BlocId is not null) || sameBloc))
        {
            year = previousYear;
        }

        // "thế năm sau thì sao?" counts from the year being discussed, not from today.
        if (q.RelativeYear != 0 && !q.RelativeFromToday && q.Years.Count <= 1 && previous?.Year is { } discussed && !q.TypesYear)
        {
            year = discussed + q.RelativeYear;
            q = q with { Year = year, Years = [year.Value] };
        }

        // "giữ vai trò gì?" after "Sở X thuộc khối nào": the unit and year just discussed.
        var unitBack = q.Units.Count == 0 && continues && !hasOwnSubject && ask == AskKind.UnitBloc && previous?.Unit is { } discussedUnit
            ? blocs.FindUnitBloc(discussedUnit) : null;
        if (unitBack is { Count: > 0 })
        {
            year ??= previous!.Year;
            q = q with { Units = unitBack, Year = year, Years = year is { } y ? [y] : q.Years };
        }

        var aboutBloc = blocId is not null && (Turn.IsBlocAsk(ask) || ask == AskKind.Province || Turn.IsOverview(q));
        var citations = new CitationList(index.Knowledge);
        return new Turn(asked, q, previous, ask, askRead, blocId, year, hasOwnSubject, continues, askAboutBloc, ReadSubject(q, previous, ask, blocId, hasOwnSubject, continues), citations)
        {
            RosterBlocId = aboutBloc ? BlocResolver.CompositionFor(index.Knowledge.Blocs, blocId!, year) : null,
        };
    }

    private Subject ReadSubject(QuestionFrame q, Topic? previous, AskKind ask, string? blocId, bool hasOwnSubject, bool continues)
    {
        var titlesNamed = ask == AskKind.Procedure ? [] : q.Titles;
        IReadOnlyList<CampaignInfo> campaignsNamed = SubjectFilters.CampaignsInProvinceAsked(q, q.Campaigns, index.Knowledge);
        var namesItsSubject = hasOwnSubject || titlesNamed.Count > 0 || campaignsNamed.Count > 0 || blocId is not null;
        // "còn cấp toàn quốc thì sao?" after a title: a sibling title (same leading words) whose own words are typed now.
        if (titlesNamed.Count == 0 && continues && previous?.TitleId is { } earlierTitle && q.FollowUpCue
            && Sibling(earlierTitle, q.Syllables) is { } sibling)
        {
            titlesNamed = titles.FindTitle(sibling).Where(t => t.Id != earlierTitle).ToList();
            namesItsSubject |= titlesNamed.Count > 0;
            ask = ask == AskKind.General ? previous.Ask : ask;
        }

        // "Phòng tôi có 2 người đạt danh hiệu đó thì …": the title discussed, however long the question is.
        if (titlesNamed.Count == 0 && previous?.TitleId is not null && q.Says(Cue.TitleBack))
        {
            namesItsSubject = false;
            continues = true;
        }

        if (!namesItsSubject && continues && previous is not null)
        {
            titlesNamed = previous.TitleId is { } titleId ? titles.FindTitle(TitleName(titleId)).Where(t => t.Id == titleId).ToList() : titlesNamed;
            campaignsNamed = previous.CampaignId is { } campaignId ? campaigns.FindCampaign(CampaignName(campaignId)).Where(c => c.Id == campaignId).ToList() : campaignsNamed;
        }

        return new Subject(ask, titlesNamed, campaignsNamed, SubjectFilters.MembershipsInProvinceAsked(q, q.Units, index.Knowledge), namesItsSubject);
    }

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
}
