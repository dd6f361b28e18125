using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>
/// A numbered bloc the records do not know is declined, never guessed — unless a passage names it (a raw news page in
/// a custom folder), and then the passage must name it the same way. The bloc asked about stays the subject.
/// </summary>
internal sealed class UnknownBlocHandler(PassageAnswerer passages, BlocRosterPlugin blocs) : IQuestionHandler
{
    public async ValueTask<ComposedAnswer?> AnswerAsync(Turn turn, CancellationToken cancellationToken)
    {
        var q = turn.Asked;
        if (!q.Blocs.Mentioned || q.Blocs.Matches.Count > 0 || q.Blocs.Number is null)
        {
            return null;
        }

        var fromPages = await passages.AnswerAsync(q, q.Text, turn.Citations, cancellationToken).ConfigureAwait(false);
        var described = Described(q);
        // A passage answers only if it names the bloc asked ("Khối thi đua số 9"), not a list where a 9 appears.
        fromPages = fromPages is not null && NamesBloc(fromPages.Text, q.Blocs.Kind, q.Blocs.Number.Value) ? fromPages : null;
        return fromPages is not null
            ? new ComposedAnswer(fromPages, new Topic(q.Ask, Query: q.Text))
            : Answers.Decline(Replies.UnknownBloc(described, Answers.BlocNames(blocs))) with { Topic = new Topic(q.Ask, Year: q.Year, UnknownBloc: described) };
    }

    private static bool NamesBloc(string text, Knowledge.BlocKind? kind, int number)
    {
        var word = kind == Knowledge.BlocKind.Cum ? "cum" : "khoi";
        return System.Text.RegularExpressions.Regex.IsMatch(Citations.Folded(text), $@"\b{word}(?: thi dua)?(?: so)? 0?{number}\b");
    }

    // "Khối thi đua 12 (Ninh Thuận)": the bloc as asked, its province spelled as the user typed it.
    private static string Described(QuestionFrame q)
    {
        var name = $"{(q.Blocs.Kind == Knowledge.BlocKind.Cum ? "Cụm thi đua" : "Khối thi đua")} {q.Blocs.Number}";
        return q.Provinces.Count > 0 && Typed(q.Text, q.Provinces[0]) is { } province ? $"{name} ({province})" : name;
    }

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
}
