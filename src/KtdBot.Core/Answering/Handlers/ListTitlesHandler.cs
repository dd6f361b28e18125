using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>"Có những danh hiệu thi đua nào?" (or "hình thức khen thưởng nào?"): the titles, or the forms, the data holds.</summary>
internal sealed class ListTitlesHandler(AwardTitlesPlugin titles) : RecordHandler
{

    protected override ComposedAnswer? Answer(Turn turn)
    {
        // "danh hiệu vinh dự nhà nước gồm những gì", "… đối với tập thể", "đợt thi đua ở Nghệ An có những hình thức
        // khen thưởng nào": a list one document gives, not every title the records hold.
        if (turn.Ask != AskKind.ListTitles || turn.Frame.Provinces.Count > 0 || turn.Frame.Says(Cue.NarrowList))
        {
            return null;
        }

        var all = titles.ListTitles();
        static bool IsForm(AwardTitleInfo t) => Citations.Folded(t.Type).Contains("hinh thuc", StringComparison.Ordinal);
        var forms = turn.Frame.Says(Cue.Forms) ? all.Where(IsForm).ToList() : [];
        var shown = forms.Count > 0 ? forms : all.Where(t => !IsForm(t)).ToList();
        if (shown.Count == 0)
        {
            return null; // no title records: the passages may list them
        }

        var text = new StringBuilder(Sentences.TitlesHeading(forms.Count > 0)).Append('\n');
        foreach (var title in shown)
        {
            var basis = title.Article is null ? string.Empty : $" ({title.Article})";
            text.Append(CultureInfo.InvariantCulture, $"- {title.Name}{basis} [{turn.Citations.Cite(title.Source, title.Name)}]\n");
        }

        return Answers.Grounded(text, turn.Citations, new Topic(AskKind.ListTitles), shown.Take(2).Select(t => $"Tiêu chuẩn {t.Name} là gì?").ToList());
    }
}
