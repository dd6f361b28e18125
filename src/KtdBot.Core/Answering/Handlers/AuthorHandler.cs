using System.Globalization;
using System.Text;
using KtdBot.Answering.Plugins;
using KtdBot.Search;

namespace KtdBot.Answering.Handlers;

/// <summary>"Ai viết bài …?": the byline of the best-matching article, or a decline when it has none.</summary>
internal sealed class AuthorHandler(KnowledgeIndex index, KnowledgeSearchPlugin search) : IQuestionHandler
{
    public async ValueTask<ComposedAnswer?> AnswerAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Ask != AskKind.Author)
        {
            return null;
        }

        foreach (var passage in await search.SearchAsync(turn.Frame.Text, 5, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // The best-matching article answers, or nobody does: the next article's byline belongs to another story.
            var document = index.Knowledge.Document(passage.Source.DocumentId);
            if (document is null || document.Metadata.GetValueOrDefault(Ingestion.MetadataKeys.Kind) is not ("article" or "document"))
            {
                continue;
            }

            if (document.Source.Author is not { } author)
            {
                return Answers.Decline(Replies.UnknownAuthor(document.Source.Title));
            }

            var text = new StringBuilder(Sentences.Author(document.Source, author))
                .Append(CultureInfo.InvariantCulture, $" [{turn.Citations.CitePassage(passage.Source, passage.Text)}]");
            return Answers.Grounded(text, turn.Citations, new Topic(AskKind.Author), []);
        }

        return Answers.Decline(Replies.NotFound);
    }
}
