using System.Globalization;
using KtdBot.Channels.Core;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KtdBot.Channels.Telegram;

/// <summary>Who the bot is, for recognising what is addressed to it in groups.</summary>
/// <param name="Id">The bot's user id.</param>
/// <param name="Username">The bot's @username without the @, when known.</param>
public sealed record TelegramBotIdentity(long Id, string? Username);

/// <summary>
/// Normalises a Telegram update to a <see cref="ChannelActivity"/>, or null when the bot should stay silent:
/// update types other than a new message or a press of one of its suggestion buttons, messages from bots, channel
/// posts, and group chatter not addressed to the bot. In groups the bot answers <c>/cmd@botname</c>, its own bare
/// commands, @mentions, replies to its messages, and presses of its buttons (by anyone in the group).
/// </summary>
public static class TelegramUpdateMapper
{
    /// <summary>Bare commands the bot answers in groups (with privacy mode on, Telegram delivers them to every bot there).</summary>
    public static IReadOnlySet<string> Commands { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "start", "help", "huongdan", "trogiup", "khoi", "cum", "blocs",
    };

    /// <summary>The activity for an update, or null when it is not for the bot.</summary>
    public static ChannelActivity? Map(Update update, TelegramBotIdentity bot)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(bot);
        if (update.CallbackQuery is { } press)
        {
            return MapPress(update.Id, press);
        }

        if (update is not { Message: { Chat: { } chat } message } || message.From is { IsBot: true })
        {
            return null;
        }

        var group = chat.Type is ChatType.Group or ChatType.Supergroup;
        if (!group && chat.Type != ChatType.Private)
        {
            return null;
        }

        var text = message.Text;
        if (group)
        {
            if (text is null || !IsAddressed(message, text, bot))
            {
                return null;
            }

            text = RemoveMention(text, bot);
        }

        var date = message.Date == default ? DateTime.UtcNow : DateTime.SpecifyKind(message.Date, DateTimeKind.Utc);
        return new ChannelActivity(
            ChannelNames.Telegram,
            update.Id.ToString(CultureInfo.InvariantCulture),
            ActivityType.Message,
            chat.Id.ToString(CultureInfo.InvariantCulture),
            (message.From?.Id ?? chat.Id).ToString(CultureInfo.InvariantCulture),
            text,
            new DateTimeOffset(date))
        {
            IsGroup = group,
            MessageId = message.Id,
            ThreadId = message.IsTopicMessage ? message.MessageThreadId : null,
        };
    }

    /// <summary>A press of a suggestion button: the suggestion is the question (or, when it cannot be read back, a note).</summary>
    private static ChannelActivity? MapPress(int updateId, CallbackQuery press)
    {
        if (press.From is { IsBot: true } || !TelegramSuggestionButtons.IsSuggestion(press.Data)
            || press.Message is not { Chat: { } chat } message || chat.Type is not (ChatType.Private or ChatType.Group or ChatType.Supergroup))
        {
            return null; // not one of its buttons, or a message sent in inline mode: nowhere to answer
        }

        var question = TelegramSuggestionButtons.Resolve(message, press.Data!);
        return new ChannelActivity(
            ChannelNames.Telegram,
            updateId.ToString(CultureInfo.InvariantCulture),
            ActivityType.Message,
            chat.Id.ToString(CultureInfo.InvariantCulture),
            press.From.Id.ToString(CultureInfo.InvariantCulture),
            question,
            DateTimeOffset.UtcNow)
        {
            IsGroup = chat.Type != ChatType.Private,
            MessageId = message.Id,
            ThreadId = message.IsTopicMessage ? message.MessageThreadId : null,
            CallbackId = press.Id,
            Content = question is null ? MessageContent.StaleChoice : MessageContent.Text,
        };
    }

    private static bool IsAddressed(Message message, string text, TelegramBotIdentity bot)
    {
        if (text.StartsWith('/'))
        {
            var word = text.AsSpan(1);
            var end = word.IndexOfAny(' ', '\n');
            word = end >= 0 ? word[..end] : word;
            var at = word.IndexOf('@');
            if (at >= 0)
            {
                return bot.Username is not null && word[(at + 1)..].Equals(bot.Username, StringComparison.OrdinalIgnoreCase);
            }

            return Commands.Contains(word.ToString());
        }

        if (message.ReplyToMessage?.From?.Id == bot.Id && bot.Id != 0)
        {
            return true;
        }

        foreach (var entity in message.Entities ?? [])
        {
            if (entity.Type == MessageEntityType.TextMention && entity.User?.Id == bot.Id)
            {
                return true;
            }

            if (entity.Type == MessageEntityType.Mention && bot.Username is not null
                && entity.Offset >= 0 && entity.Offset + entity.Length <= text.Length
                && text.AsSpan(entity.Offset, entity.Length).Equals("@" + bot.Username, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string RemoveMention(string text, TelegramBotIdentity bot)
    {
        if (bot.Username is null || text.StartsWith('/'))
        {
            return text; // commands keep their @botname; the answering service understands it
        }

        var cleaned = text.Replace("@" + bot.Username, " ", StringComparison.OrdinalIgnoreCase).Trim();
        return cleaned.Length == 0 ? "/help" : cleaned;
    }
}
