using KtdBot.Answering;

namespace KtdBot.Channels.Core;

/// <summary>The bot: answers messages through <see cref="IAnswerService"/> and greets new followers.</summary>
public sealed class AnsweringBot(IAnswerService answers) : IBot
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
        else if (activity.Text is null)
        {
            answer = Answer.Ungrounded(ChannelReplies.TextOnly, Suggest.Examples);
        }
        else
        {
            answer = await answers.AnswerAsync(new Question(activity.ConversationId, activity.Text), cancellationToken).ConfigureAwait(false);
        }

        await turn.SendAsync(answer, cancellationToken).ConfigureAwait(false);
        turn.Outcome = TurnOutcome.Answered;
    }
}

/// <summary>The channel layer's own fixed Vietnamese sentences.</summary>
public static class ChannelReplies
{
    /// <summary>A photo, sticker or file: the bot reads text only.</summary>
    public const string TextOnly = "Xin lỗi, hiện tôi chỉ đọc được tin nhắn dạng chữ. Bạn vui lòng gõ câu hỏi nhé.";

    /// <summary>Too many messages too fast.</summary>
    public const string RateLimited = "Bạn đang gửi tin nhắn hơi nhanh. Vui lòng đợi khoảng một phút rồi hỏi tiếp nhé.";

    /// <summary>The host is overloaded (web chat).</summary>
    public const string Busy = "Hệ thống đang bận, bạn vui lòng thử lại sau ít giây.";

    /// <summary>A request body over the size limit (web chat).</summary>
    public const string TooLarge = "Tin nhắn quá dài. Bạn vui lòng hỏi ngắn gọn hơn, mỗi lần một câu hỏi.";
}
