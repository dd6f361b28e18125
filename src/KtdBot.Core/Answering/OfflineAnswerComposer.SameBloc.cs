using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering;

/// <summary>"Công an tỉnh và Biên phòng có cùng khối không?": yes or no, with each unit's bloc in the year asked.</summary>
public sealed partial class OfflineAnswerComposer
{
    private async Task<ComposedAnswer?> AnswerSameBlocAsync(QuestionAnalysis q, CitationList citations, CancellationToken ct)
    {
        if (!SameBlocCue().IsMatch(string.Join(' ', q.Syllables)) || SameBlocUnits().Match(q.Text) is not { Success: true } pair)
        {
            return null;
        }

        var first = await UnitAsync(q, pair.Groups["a"].Value, ct).ConfigureAwait(false);
        var second = await UnitAsync(q, pair.Groups["b"].Value, ct).ConfigureAwait(false);
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
    private async Task<UnitMembership?> UnitAsync(QuestionAnalysis q, string name, CancellationToken ct)
    {
        var found = MembershipsInProvinceAsked(q, await CallAsync<IReadOnlyList<UnitMembership>>(BlocRosterPlugin.Name, "find_unit_bloc", new() { ["unit"] = name }, ct).ConfigureAwait(false) ?? []);
        var dated = MembershipsByYear(found, q.Years);
        return dated.Count > 0 ? dated[^1].Membership : null;
    }

    [GeneratedRegex(@"\b(?:cung|chung)\s+(?:mot\s+|1\s+)?(?:khoi|cum)\b|\bcung\s+thuoc\s+(?:mot\s+)?(?:khoi|cum)\b")]
    private static partial Regex SameBlocCue();

    // "A và B (năm 2025) có (cùng|chung) …", "A với B …".
    [GeneratedRegex(@"^(?:[^,]*?,\s*)?(?<a>.+?)\s+(?:và|va|với|voi)\s+(?<b>.+?)\s+(?:năm\s+\d{4}\s+)?(?:có\s+|co\s+|đều\s+|deu\s+)?(?:cùng|cung|chung)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameBlocUnits();
}
