using KtdBot.Answering;
using Microsoft.Extensions.Logging;

namespace KtdBot.Channels.Core;

/// <summary>
/// The bot: answers messages through <see cref="IAnswerService"/> and greets new followers. When answering fails, the
/// user still gets a reply (an apology), so an acknowledged message is never met with silence.
/// </summary>
public sealed partial class AnsweringBot(IAnswerService answers, ILogger<AnsweringBot> logger) : IBot
{
    /// <inheritdoc />
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        Answer answer;
        if (activity.Type == ActivityType.Welcome)
        {
            answer = new Answer(Replies.Help, true, [], Suggest.Examples);
        }
        else if (turn.Question is not { } question)
        {
            answer = Answer.Ungrounded(ChannelReplies.NotText(activity.Content), Suggest.Examples);
        }
        else
        {
            try
            {
                answer = await answers.AnswerAsync(new Question(activity.ConversationId, question), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogAnswerFailed(logger, activity.Channel, activity.Id, ex.GetType().Name);
                answer = Answer.Ungrounded(ChannelReplies.Unavailable);
                turn.Outcome = TurnOutcome.Failed;
            }
        }

        await turn.SendAsync(answer, cancellationToken).ConfigureAwait(false);
        if (turn.Outcome == TurnOutcome.None)
        {
            turn.Outcome = TurnOutcome.Answered;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering {Channel} activity {ActivityId} failed ({Error}); an apology was sent instead")]
    private static partial void LogAnswerFailed(ILogger logger, string channel, string activityId, string error);
}

/// <summary>The channel layer's own fixed Vietnamese sentences.</summary>
public static class ChannelReplies
{
    /// <summary>A photo, sticker or file: the bot reads text only.</summary>
    public const string TextOnly = "Xin lỗi, hiện tôi chỉ đọc được tin nhắn dạng chữ. Bạn vui lòng gõ câu hỏi nhé.";

    /// <summary>A photo the bot cannot look at.</summary>
    public const string ImageOnly = "Xin lỗi, hiện tôi chưa xem được hình ảnh. Bạn vui lòng gõ câu hỏi bằng chữ nhé.";

    /// <summary>A voice message the bot cannot listen to.</summary>
    public const string VoiceOnly = "Xin lỗi, hiện tôi chưa nghe được tin nhắn thoại. Bạn vui lòng gõ câu hỏi bằng chữ nhé.";

    /// <summary>A file, a location, a link preview … that the channel does not pass on.</summary>
    public const string Unsupported = "Xin lỗi, tôi chưa đọc được loại tin nhắn này. Bạn vui lòng gõ câu hỏi bằng chữ nhé.";

    /// <summary>A suggestion button the bot can no longer match to its question.</summary>
    public const string StaleChoice = "Gợi ý này đã cũ nên tôi không tìm lại được câu hỏi. Bạn vui lòng gõ câu hỏi nhé.";

    /// <summary>The note for a message without text.</summary>
    public static string NotText(MessageContent content) => content switch
    {
        MessageContent.Image => ImageOnly,
        MessageContent.Voice => VoiceOnly,
        MessageContent.Unsupported => Unsupported,
        MessageContent.StaleChoice => StaleChoice,
        _ => TextOnly,
    };

    /// <summary>Too many messages too fast.</summary>
    public const string RateLimited = "Bạn đang gửi tin nhắn hơi nhanh. Vui lòng đợi khoảng một phút rồi hỏi tiếp nhé.";

    /// <summary>Answering failed (a store down, a bug): the user is told instead of left waiting.</summary>
    public const string Unavailable = "Xin lỗi, hiện tôi chưa trả lời được câu hỏi này. Bạn vui lòng thử lại sau ít phút nhé.";

    /// <summary>The host is overloaded (web chat).</summary>
    public const string Busy = "Hệ thống đang bận, bạn vui lòng thử lại sau ít giây.";

    /// <summary>A request body over the size limit (web chat).</summary>
    public const string TooLarge = "Tin nhắn quá dài. Bạn vui lòng hỏi ngắn gọn hơn, mỗi lần một câu hỏi.";
}
