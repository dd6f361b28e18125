using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// "Có những khối thi đua nào?": every bloc known; "năm 2024 tỉnh có bao nhiêu khối?": the blocs in force that year in
/// the province asked (the folder's own when none is), counted with their units and cited.
/// </summary>
internal sealed class ListBlocsHandler(KnowledgeIndex index, BlocRosterPlugin blocs) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn)
    {
        if (turn.Ask != AskKind.ListBlocs)
        {
            return null;
        }

        var q = turn.Frame;
        var all = blocs.ListBlocs();
        var home = q.Provinces.Count > 0 ? null : index.Knowledge.HomeProvince;
        // "tỉnh chia thành bao nhiêu khối?" without a year: counted on the newest rosters of the folder's province.
        var year = q.Year ?? (BlocListing.Counts(q.Syllables) ? BlocListing.NewestRosterYear(all, home, q.Provinces) : null);
        var shown = BlocListing.InForce(all, year, home, q.Provinces, year is null ? null : BlocListing.KindAsked(q.Syllables));
        if (shown.Count == 0)
        {
            return Answers.Decline(year is { } missing ? Replies.NoBlocsForYear(missing) : Replies.NotFound);
        }

        var text = new StringBuilder(BlocListing.Heading(shown, year));
        foreach (var bloc in shown)
        {
            var line = Sentences.BlocLine(bloc);
            var source = index.Knowledge.Blocs.FirstOrDefault(b => b.Id == bloc.Id)?.Sources.FirstOrDefault();
            text.Append(line);
            if (year is not null && source is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" [{turn.Citations.Cite(Citations.Ref(index.Knowledge, source), line)}]");
            }

            text.Append('\n');
        }

        return year is null
            ? new ComposedAnswer(new Answer(text.ToString().TrimEnd(), true, [], Suggest.AfterList(shown)), new Topic(AskKind.ListBlocs))
            : Answers.Grounded(text, turn.Citations, new Topic(AskKind.ListBlocs, Year: year), Suggest.AfterList(shown));
    }
}
