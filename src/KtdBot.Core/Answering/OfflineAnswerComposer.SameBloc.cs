using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>"Công an tỉnh và Biên phòng có cùng khối không?": yes or no, with each unit's bloc in the year asked.</summary>
public sealed partial class OfflineAnswerComposer
{
    private async Task<ComposedAnswer?> AnswerSameBlocAsync(QuestionFrame q, CitationList citations, CancellationToken ct)
    {
        if (q.ComparedUnits.Count != 2)
        {
            return null;
        }

        var first = await UnitAsync(q, q.ComparedUnits[0], ct).ConfigureAwait(false);
        var second = await UnitAsync(q, q.ComparedUnits[1], ct).ConfigureAwait(false);
        if (first is null || second is null)
        {
            return null;
        }

        var same = first.Bloc.Id == second.Bloc.Id;
        var year = q.Year is { } y ? $" năm {y}" : string.Empty;
        var statement = same
            ? $"Có. {first.Unit} và {second.Unit} cùng thuộc {BlocName(first.Bloc)}{year}."
            : $"Không. {first.Unit} thuộc {BlocName(first.Bloc)}, còn {second.Unit} thuộc {BlocName(second.Bloc)}{year}.";
        var text = new StringBuilder(statement);
        text.Append(CultureInfo.InvariantCulture, $" [{citations.Cite(first.Source, $"{first.Bloc.Name} {first.Unit}")}]");
        if (!same || second.Source.DocumentId != first.Source.DocumentId)
        {
            text.Append(CultureInfo.InvariantCulture, $" [{citations.Cite(second.Source, $"{second.Bloc.Name} {second.Unit}")}]");
        }

        return Grounded(text, citations, new Topic(AskKind.UnitBloc, first.Bloc.Id, q.Year), []);
    }

    // The unit's membership in the roster in force in the year asked, in the province asked or the folder's own.
    private async Task<UnitMembership?> UnitAsync(QuestionFrame q, string name, CancellationToken ct)
    {
        var found = MembershipsInProvinceAsked(q, await CallAsync<IReadOnlyList<UnitMembership>>(BlocRosterPlugin.Name, "find_unit_bloc", new() { ["unit"] = name }, ct).ConfigureAwait(false) ?? []);
        var dated = MembershipsByYear(found, q.Years);
        return dated.Count > 0 ? dated[^1].Membership : null;
    }
}
