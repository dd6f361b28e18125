using KtdBot.Channels.Core;
using KtdBot.Channels.State;
using KtdBot.Channels.Telegram;
using KtdBot.Channels.Zalo;
using KtdBot.Channels.ZaloBot;
using KtdBot.Conversations;
using KtdBot.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KtdBot.Channels;

/// <summary>The channel layer's wiring: the core (queue, pipeline, in-process state), Telegram, Zalo OA, the Zalo Bot Platform, and their webhooks.</summary>
public static class ChannelsHostingExtensions
{
    /// <summary>
    /// The channel core: options (<c>Channels</c> section), the turn queue and its workers, the middleware pipeline
    /// (telemetry → rate limit → typing → suggestion choices → bot), the suggestion memory (a folder under Data:Path) and in-process dedupe and rate limits (replaced by Redis in AddSharedState).
    /// </summary>
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ChannelTelemetry>();
        services.TryAddSingleton<IDeduplicator, InMemoryDeduplicator>();
        services.TryAddSingleton<IRateLimiter, InMemoryRateLimiter>();

        // Repeated deliveries are dropped when admitted (the inbox claims delivery ids), before the 200.
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IInbox, MemoryInbox>();

        // Order matters: telemetry sees every outcome.
        services.AddSingleton<ITurnMiddleware, TelemetryMiddleware>();
        services.AddSingleton<ITurnMiddleware, RateLimitMiddleware>();
        services.AddSingleton<ITurnMiddleware, TypingIndicatorMiddleware>();
        services.AddSingleton<ITurnMiddleware, SuggestionChoiceMiddleware>();
        services.TryAddSingleton<ISuggestionMemory>(sp => new FileSuggestionMemory(
            Path.Combine(DataFolder(sp), "suggestions"),
            sp.GetRequiredService<IOptions<ConversationOptions>>().Value.Expiry,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IBot, AnsweringBot>();
        services.TryAddSingleton<TurnPipeline>();
        services.TryAddSingleton<TurnQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnQueue>());
        return builder;
    }

    /// <summary>Telegram: options (validated at start), the Bot API client, adapter, webhook handler, setWebhook at start, long polling.</summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton<TelegramBot>();
        services.TryAddSingleton<TelegramAdapter>();
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<TelegramAdapter>());
        services.TryAddSingleton<TelegramWebhookHandler>();
        services.AddHostedService<TelegramWebhookRegistration>();
        services.AddHostedService<TelegramPollingService>();
        return builder;
    }

    /// <summary>Zalo OA: options (validated at start), the OA client (logging nothing), token pair in a file (Redis replaces it), adapter, webhook handler.</summary>
    public static IHostApplicationBuilder AddZalo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ZaloOptions>().BindConfiguration(ZaloOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ZaloOptions>, ZaloOptionsValidator>();
        services.AddHttpClient(ZaloClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddResilienceHandler("zalo", (pipeline, context) =>
            {
                var zalo = context.ServiceProvider.GetRequiredService<IOptions<ZaloOptions>>().Value;
                pipeline.AddChannelStrategies(zalo.SendAttempts, zalo.RequestTimeout);
            });
        services.TryAddSingleton<ZaloClient>();
        services.TryAddSingleton<IZaloTokenStore>(sp =>
        {
            var file = sp.GetRequiredService<IOptions<ZaloOptions>>().Value.TokenFile;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new FileZaloTokenStore(Path.IsPathRooted(file) ? file : Path.Combine(root, file));
        });
        services.TryAddSingleton<ZaloTokens>();
        services.TryAddSingleton<ZaloAdapter>();
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<ZaloAdapter>());
        services.TryAddSingleton<ZaloWebhookHandler>();
        return builder;
    }

    /// <summary>
    /// Zalo Bot Platform: options (validated at start), the API client (two HttpClients that log nothing: the token is in
    /// every URL), the bot's identity, adapter, webhook handler, setWebhook at start, long polling.
    /// </summary>
    public static IHostApplicationBuilder AddZaloBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ZaloBotOptions>().BindConfiguration(ZaloBotOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ZaloBotOptions>, ZaloBotOptionsValidator>();
        services.AddHttpClient(ZaloBotClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddResilienceHandler("zalobot", (pipeline, context) =>
            {
                var bot = context.ServiceProvider.GetRequiredService<IOptions<ZaloBotOptions>>().Value;
                pipeline.AddChannelStrategies(bot.SendAttempts, bot.RequestTimeout);
            });
        services.AddHttpClient(ZaloBotClient.PollingClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<ZaloBotOptions>>().Value.PollTimeoutSeconds + 10))
            .RemoveAllLoggers();
        services.TryAddSingleton<ZaloBotClient>();
        services.TryAddSingleton<ZaloBotProfile>();
        services.TryAddSingleton<ZaloBotAdapter>();
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<ZaloBotAdapter>());
        services.TryAddSingleton<ZaloBotWebhookHandler>();
        services.AddHostedService<ZaloBotWebhookRegistration>();
        services.AddHostedService<ZaloBotPollingService>();
        return builder;
    }

    /// <summary>POST /webhooks/zalo-bot, authenticated by <see cref="ZaloBotSecretTokenFilter"/>; mapped only when the Zalo bot is on in webhook mode.</summary>
    public static IEndpointRouteBuilder MapZaloBotWebhook(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<IOptions<ZaloBotOptions>>().Value;
        if (options.Enabled && options.Mode == ZaloBotMode.Webhook)
        {
            app.MapPost("/webhooks/zalo-bot", (HttpContext context, ZaloBotWebhookHandler handler) => handler.HandleAsync(context))
                .AddEndpointFilter<ZaloBotSecretTokenFilter>()
                .WithName("ZaloBotWebhook")
                .ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>Data:Path, resolved against the content root when relative.</summary>
    private static string DataFolder(IServiceProvider services)
    {
        var data = services.GetRequiredService<IOptions<DataOptions>>().Value.Path;
        return Path.IsPathRooted(data) ? data : Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, data);
    }

    /// <summary>POST /webhooks/telegram, authenticated by <see cref="TelegramSecretTokenFilter"/>; mapped only when Telegram is on in webhook mode.</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (options.Enabled && options.Mode == TelegramMode.Webhook)
        {
            app.MapPost("/webhooks/telegram", (HttpContext context, TelegramWebhookHandler handler) => handler.HandleAsync(context))
                .AddEndpointFilter<TelegramSecretTokenFilter>()
                .WithName("TelegramWebhook")
                .ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>POST /webhooks/zalo, authenticated by <see cref="ZaloSignatureFilter"/>; mapped only when Zalo is configured.</summary>
    public static IEndpointRouteBuilder MapZaloWebhook(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ServiceProvider.GetRequiredService<IOptions<ZaloOptions>>().Value.Enabled)
        {
            app.MapPost("/webhooks/zalo", (HttpContext context, ZaloWebhookHandler handler) => handler.HandleAsync(context))
                .AddEndpointFilter<ZaloSignatureFilter>()
                .WithName("ZaloWebhook")
                .ExcludeFromDescription();
        }

        return app;
    }
}
