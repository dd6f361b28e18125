using KtdBot.Channels.Telegram;
using KtdBot.Channels.Zalo;
using KtdBot.Channels.ZaloBot;

namespace KtdBot.Host.Tests.Channels;

public sealed class OptionsValidationTests
{
    [Fact]
    public void TelegramOffWithoutATokenAndWebhookModeNeedsASecret()
    {
        var validator = new TelegramOptionsValidator();

        Assert.True(validator.Validate(null, new TelegramOptions()).Succeeded);
        var noSecret = validator.Validate(null, new TelegramOptions { BotToken = "123:ABC-def_secretpart" });
        Assert.True(noSecret.Failed);
        Assert.Contains("WebhookSecret", noSecret.FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new TelegramOptions { BotToken = "123:ABC-def_secretpart", Mode = TelegramMode.Polling }).Succeeded);
        Assert.True(validator.Validate(null, new TelegramOptions { BotToken = "123:ABC-def_secretpart", WebhookSecret = "ok_secret-1" }).Succeeded);
        Assert.True(validator.Validate(null, new TelegramOptions { BotToken = "123:ABC-def_secretpart", WebhookSecret = "bad secret!" }).Failed);
    }

    [Fact]
    public void ABadTokenIsReportedWithoutBeingEchoed()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = "not a token: s3cr3t", WebhookSecret = "x" });

        Assert.True(result.Failed);
        Assert.DoesNotContain("s3cr3t", result.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(0, new TelegramOptions { BotToken = "nonsense" }.BotId);
        Assert.Equal(123, new TelegramOptions { BotToken = "123:abc" }.BotId);
    }

    [Fact]
    public void ZaloNeedsATokenToReplyAndTheAppSecretToRefresh()
    {
        var validator = new ZaloOptionsValidator();

        Assert.True(validator.Validate(null, new ZaloOptions()).Succeeded);
        Assert.True(validator.Validate(null, new ZaloOptions { AppId = "1", OaSecretKey = "k" }).Failed);
        Assert.True(validator.Validate(null, new ZaloOptions { AppId = "1", OaSecretKey = "k", RefreshToken = "r" }).Failed);
        Assert.True(validator.Validate(null, new ZaloOptions { AppId = "1", OaSecretKey = "k", AccessToken = "a" }).Succeeded);
        Assert.True(validator.Validate(null, new ZaloOptions { AppId = "1", OaSecretKey = "k", AccessToken = "a", ApiBaseUrl = "openapi.zalo.me" }).Failed);
    }

    [Fact]
    public void ZaloBotOffWithoutATokenAndWebhookModeNeedsASecretOfEightCharacters()
    {
        var validator = new ZaloBotOptionsValidator();
        const string token = "1459232241454765289:abc-xyz_SECRET";

        Assert.True(validator.Validate(null, new ZaloBotOptions()).Succeeded);
        Assert.True(validator.Validate(null, new ZaloBotOptions { BotToken = token }).Failed);
        Assert.True(validator.Validate(null, new ZaloBotOptions { BotToken = token, WebhookSecret = "short" }).Failed);
        Assert.True(validator.Validate(null, new ZaloBotOptions { BotToken = token, WebhookSecret = "long-enough" }).Succeeded);
        Assert.True(validator.Validate(null, new ZaloBotOptions { BotToken = token, Mode = ZaloBotMode.Polling }).Succeeded);
        Assert.True(validator.Validate(null, new ZaloBotOptions { BotToken = token, WebhookSecret = "long-enough", WebhookUrl = "http://bot.example.org/webhooks/zalo-bot" }).Failed);
        var bad = validator.Validate(null, new ZaloBotOptions { BotToken = "abc xyz_SECRET", Mode = ZaloBotMode.Polling });
        Assert.True(bad.Failed);
        Assert.DoesNotContain("SECRET", bad.FailureMessage, StringComparison.Ordinal);
    }
}
