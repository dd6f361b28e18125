using KtdBot.Answering;
using KtdBot.Answering.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Core.Tests.Support;

/// <summary>A clock stopped at one moment, in Vietnam's time zone.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <summary>15/3/2026, 9:00 in Vietnam.</summary>
    public static DateTimeOffset Today { get; } = new(2026, 3, 15, 9, 0, 0, TimeSpan.FromHours(7));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    /// <summary>The bot's question analyzer over the fixture's knowledge, reading years against <see cref="Today"/>.</summary>
    public static QuestionAnalyzer Analyzer(BotFixture bot, QuestionCues? cues = null) => new(
        bot.Index,
        new FixedTime(Today),
        bot.Services.GetRequiredService<BlocRosterPlugin>(),
        bot.Services.GetRequiredService<AwardTitlesPlugin>(),
        bot.Services.GetRequiredService<CampaignsPlugin>(),
        cues);
}
