using KtdBot.Channels.Core;

namespace KtdBot.Channels.ZaloBot;

/// <summary>
/// Normalises a Zalo Bot update to a <see cref="ChannelActivity"/>, or null when the bot should stay silent: events
/// other than messages, messages from bots, and in groups anything but text (and, with
/// <see cref="ZaloBotGroupReplies.MentionsOnly"/>, text without an @mention). In a group the @mention of the bot is
/// removed from the question. A photo, sticker, voice message or unsupported message in a private chat gets a short note.
/// Repeated deliveries are recognised by event name and message_id.
/// </summary>
public static class ZaloBotUpdateMapper
{
    /// <summary>The events the bot answers, and what each carries.</summary>
    public static IReadOnlyDictionary<string, MessageContent> Events { get; } = new Dictionary<string, MessageContent>(StringComparer.Ordinal)
    {
        ["message.text.received"] = MessageContent.Text,
        ["message.image.received"] = MessageContent.Image,
        ["message.sticker.received"] = MessageContent.Sticker,
        ["message.voice.received"] = MessageContent.Voice,
        ["message.unsupported.received"] = MessageContent.Unsupported,
    };

    /// <summary>The activity for an update, or null when it is not for the bot.</summary>
    public static ChannelActivity? Map(ZaloBotUpdate update, ZaloBotIdentity bot, ZaloBotGroupReplies groupReplies, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(bot);
        if (update.Message is not { } message || message.FromIsBot || (bot.Id is not null && message.FromId == bot.Id))
        {
            return null;
        }

        var content = Events.TryGetValue(update.EventName, out var known) ? known
            : update.EventName.StartsWith("message.", StringComparison.Ordinal) ? MessageContent.Unsupported // a kind Zalo adds later
            : (MessageContent?)null;
        if (content is null)
        {
            return null;
        }

        var text = content == MessageContent.Text ? message.Text?.Trim() : null;
        if (content == MessageContent.Text && string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (message.IsGroup)
        {
            if (text is null)
            {
                return null; // a sticker or photo among people talking is not a question for the bot
            }

            var (mentioned, question) = RemoveMention(text, bot);
            if (!mentioned && groupReplies == ZaloBotGroupReplies.MentionsOnly)
            {
                return null;
            }

            text = question.Length == 0 ? "/help" : question;
        }

        var id = message.MessageId is { Length: > 0 } messageId ? $"{update.EventName}:{messageId}" : string.Empty;
        return new ChannelActivity(ChannelNames.ZaloBot, id, ActivityType.Message, message.ChatId, message.FromId ?? message.ChatId, text, message.Date ?? now)
        {
            IsGroup = message.IsGroup,
            Content = content.Value,
        };
    }

    /// <summary>Removes every @name of the bot from the text; true when there was one.</summary>
    public static (bool Mentioned, string Text) RemoveMention(string text, ZaloBotIdentity bot)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(bot);
        var mentioned = false;
        foreach (var name in bot.Names)
        {
            var mention = "@" + name;
            for (var at = text.IndexOf(mention, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(mention, at, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + mention.Length;
                if (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    at = end; // "@Bot KTDX" is somebody else
                    continue;
                }

                text = string.Concat(text.AsSpan(0, at), " ", text.AsSpan(end));
                mentioned = true;
            }
        }

        return (mentioned, string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', ':'));
    }
}
