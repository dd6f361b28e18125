using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>"Công an tỉnh và Biên phòng có cùng khối không?": yes or no, with each unit's bloc in the year asked.</summary>
internal sealed class SameBlocHandler(KnowledgeIndex index, BlocRosterPlugin blocs) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        var q = turn.Asked;
        // "hội đó với Hội Nhà báo …": the unit of the previous answer stands in for "hội đó".
        var names = q.ComparedUnits.Select(n => Anaphora.PointsBack(NameMatcher.Syllables(n)) && turn.Previous?.Unit is { } previous ? previous : n).ToList();
        if (names.Count != 2 || Membership(q, names[0]) is not { } first || Membership(q, names[1]) is not { } second)
        {
            return null;
        }

        var citations = turn.Citations;
        var text = new StringBuilder(Sentences.SameBloc(first, second, q.Year));
        text.Append(CultureInfo.InvariantCulture, $" [{citations.Cite(first.Source, $"{first.Bloc.Name} {first.Unit}")}]");
        if (first.Bloc.Id != second.Bloc.Id || second.Source.DocumentId != first.Source.DocumentId)
        {
            text.Append(CultureInfo.InvariantCulture, $" [{citations.Cite(second.Source, $"{second.Bloc.Name} {second.Unit}")}]");
        }

        return Answers.Grounded(text, citations, new Topic(AskKind.UnitBloc, first.Bloc.Id, q.Year), []);
    }

    // The unit's membership in the roster in force in the year asked, in the province asked or the folder's own. A
    // province named with the other unit only ("Hội Luật gia và Viện Kiểm sát tỉnh Cà Mau") does not hide this one.
    private UnitMembership? Membership(QuestionFrame q, string name)
    {
        var all = blocs.FindUnitBloc(name);
        var found = SubjectFilters.MembershipsInProvinceAsked(q, all, index.Knowledge);
        if (found.Count == 0 && q.Provinces.Count > 0 && !q.Provinces.Any(p => string.Join(' ', NameMatcher.Syllables(name)).Contains(p, StringComparison.Ordinal)))
        {
            found = SubjectFilters.MembershipsInProvinceAsked(q with { Provinces = [] }, all, index.Knowledge);
        }

        var dated = SubjectFilters.MembershipsByYear(found, q.Years);
        return dated.Count > 0 ? dated[^1].Membership : null;
    }
}
