using KtdBot.Answering.Handlers;
using KtdBot.Answering.Plugins;
using KtdBot.Conversations;
using KtdBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace KtdBot.Answering;

/// <summary>Registers the plugins, the kernel that hosts them, the question table and analyzer, the handlers, the offline composer and the answering port.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>Adds answering; needs <see cref="KnowledgeIndex"/>, <see cref="IConversationStore"/> and <see cref="TimeProvider"/>.</summary>
    public static IServiceCollection AddKtdBotAnswering(this IServiceCollection services)
    {
        services.AddSingleton<KnowledgeSearchPlugin>();
        services.AddSingleton<BlocRosterPlugin>();
        services.AddSingleton<AwardTitlesPlugin>();
        services.AddSingleton<CampaignsPlugin>();
        services.AddSingleton<LegalDocumentsPlugin>();
        services.AddSingleton(sp => CreatePluginKernel(sp));
        services.AddSingleton(QuestionCues.Default);
        services.AddSingleton<QuestionAnalyzer>();
        services.AddQuestionHandlers();
        services.AddSingleton(sp => new OfflineAnswerComposer(
            sp.GetRequiredService<QuestionAnalyzer>(),
            sp.GetRequiredService<TurnReader>(),
            sp.GetServices<IQuestionHandler>(),
            sp.GetRequiredService<Search.KnowledgeIndex>(),
            sp.GetService<ILogger<OfflineAnswerComposer>>()));
        services.AddSingleton<IAnswerService>(sp => new AnswerService(
            sp.GetRequiredService<OfflineAnswerComposer>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IAnswerAgent>(),
            sp.GetService<ILogger<AnswerService>>()));
        return services;
    }

    /// <summary>A kernel holding the five plugins, for the LLM agent (which adds a chat model); the offline handlers call the plugins' typed methods.</summary>
    public static Kernel CreatePluginKernel(IServiceProvider services)
    {
        var kernel = new Kernel(services);
        kernel.Plugins.AddFromObject(services.GetRequiredService<KnowledgeSearchPlugin>(), KnowledgeSearchPlugin.Name);
        kernel.Plugins.AddFromObject(services.GetRequiredService<BlocRosterPlugin>(), BlocRosterPlugin.Name);
        kernel.Plugins.AddFromObject(services.GetRequiredService<AwardTitlesPlugin>(), AwardTitlesPlugin.Name);
        kernel.Plugins.AddFromObject(services.GetRequiredService<CampaignsPlugin>(), CampaignsPlugin.Name);
        kernel.Plugins.AddFromObject(services.GetRequiredService<LegalDocumentsPlugin>(), LegalDocumentsPlugin.Name);
        return kernel;
    }
}
