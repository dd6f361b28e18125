using Microsoft.Extensions.DependencyInjection;

namespace KtdBot.Answering.Handlers;

/// <summary>The handlers in the order they are tried; the first that answers wins. A new kind of question is a new handler here.</summary>
internal static class QuestionHandlers
{
    public static readonly Type[] InOrder =
    [
        // Declines that need no records, and questions read from their own words before the conversation is consulted.
        typeof(OutOfScopeHandler),
        typeof(ContactHandler),
        typeof(LegalDocumentHandler),
        typeof(SameBlocHandler),
        typeof(HandoverHandler),
        typeof(UnknownBlocHandler),
        typeof(UnknownBlocFollowUpHandler),

        // About a bloc (named, or the one being discussed); MembersHandler takes whatever else is asked about it.
        typeof(BlocLeaderOfYearsHandler),
        typeof(BlocProvinceHandler),
        typeof(BlocLeaderHandler),
        typeof(DeputyHandler),
        typeof(BlocScoreHandler),
        typeof(BlocCampaignsHandler),
        typeof(BlocAwardsHandler),
        typeof(ReviewHandler),
        typeof(MembersHandler),

        // Listings, bylines, titles, campaigns and units.
        typeof(ListBlocsHandler),
        typeof(ListTitlesHandler),
        typeof(AuthorHandler),
        typeof(CashHandler),
        typeof(CashFromTablesHandler),
        typeof(TitleHandler),
        typeof(CampaignHandler),
        typeof(UnitScoreHandler),
        typeof(UnitLeaderHandler),
        typeof(UnitAwardsHandler),
        typeof(UnitBlocHandler),
        typeof(WhichBlocHandler),
        typeof(ObsoleteRulesHandler),

        // The passages, then an honest decline.
        typeof(PassageHandler),
        typeof(CampaignFallbackHandler),
        typeof(NotFoundHandler),
    ];

    /// <summary>Registers every handler, in order, and what they share.</summary>
    public static IServiceCollection AddQuestionHandlers(this IServiceCollection services)
    {
        services.AddSingleton<PassageAnswerer>();
        services.AddSingleton<TurnReader>();
        services.AddSingleton<UnitSuccessors>();
        foreach (var handler in InOrder)
        {
            services.AddSingleton(typeof(IQuestionHandler), handler);
        }

        return services;
    }
}
