using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>A bloc's year-end review conference: when, who chaired it, what it decided; the chair is never guessed.</summary>
internal sealed class ReviewHandler(BlocRosterPlugin blocs) : BlocHandler
{
    protected override ComposedAnswer? AnswerBloc(Turn turn, string blocId)
    {
        if (turn.Ask != AskKind.Review)
        {
            return null;
        }

        var reviews = blocs.GetReviews(blocId);
        var relevant = reviews?.Reviews.Where(r => turn.Year is null || r.Year == turn.Year).ToList() ?? [];
        if (reviews is null || relevant.Count == 0)
        {
            return Answers.Decline(Replies.NotFound);
        }

        if (turn.Frame.Says(Cue.Chair) && relevant.All(r => r.ChairedBy is null))
        {
            return Answers.Decline(Replies.UnknownChair(reviews.Bloc.Name));
        }

        var text = new StringBuilder();
        foreach (var review in relevant)
        {
            text.Cited(Sentences.Review(review), review.Source, turn.Citations).Append('\n');
        }

        return Answers.Grounded(text, turn.Citations, new Topic(AskKind.Review, blocId, turn.Year), Suggest.AfterMembers(reviews.Bloc));
    }
}
