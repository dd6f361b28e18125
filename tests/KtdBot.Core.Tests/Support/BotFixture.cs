using KtdBot.Answering;
using KtdBot.Host.Hosting;
using KtdBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KtdBot.Core.Tests.Support;

/// <summary>The bot as the host wires it (embedded store, no model), over a knowledge folder, loaded once per test class.</summary>
public class BotFixture : IAsyncLifetime
{
    private readonly string _knowledge;
    private IHost? _host;

    public BotFixture()
        : this(Path.Combine(AppContext.BaseDirectory, "knowledge"))
    {
    }

    protected BotFixture(string knowledge) => _knowledge = knowledge;

    public IAnswerService Answers => Services.GetRequiredService<IAnswerService>();

    public KnowledgeIndex Index => Services.GetRequiredService<KnowledgeIndex>();

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("fixture not started");

    public static IHost Build(string knowledge)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration["Knowledge:Path"] = knowledge;
        builder.Configuration["Data:Path"] = Path.Combine(Path.GetTempPath(), "ktdbot-tests", Guid.NewGuid().ToString("N")); // a cache of its own
        builder.AddKtdBot();
        return builder.Build();
    }

    public async Task InitializeAsync()
    {
        _host = Build(_knowledge);
        await _host.Services.GetRequiredService<KnowledgeStartup>().LoadAsync(null, forceIngest: false, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _host?.Dispose();
        return Task.CompletedTask;
    }

    public Task<Answer> AskAsync(string question, string conversation = "") =>
        Answers.AnswerAsync(new Question(conversation, question), CancellationToken.None);

    /// <summary>Asks, and checks the answer is declined (not grounded) and says what it should ("Huân chương Lao động").</summary>
    public Task<Answer> AssertDeclinesAsync(string question, params string[] mentions) => AskAndCheckAsync(question, false, mentions);

    /// <summary>Asks the questions in turn in one new conversation; the answers in order.</summary>
    public async Task<IReadOnlyList<Answer>> ConverseAsync(params string[] questions)
    {
        var conversation = Guid.NewGuid().ToString("N");
        var answers = new List<Answer>();
        foreach (var question in questions)
        {
            answers.Add(await AskAsync(question, conversation));
        }

        return answers;
    }

    /// <summary>Asks, and checks the answer is grounded and states every expected fact as written.</summary>
    public Task<Answer> AssertAnswersAsync(string question, params string[] facts) => AskAndCheckAsync(question, true, facts);

    private async Task<Answer> AskAndCheckAsync(string question, bool grounded, string[] texts)
    {
        var answer = await AskAsync(question);
        Xunit.Assert.True(answer.Grounded == grounded, answer.Text);
        foreach (var text in texts)
        {
            Xunit.Assert.Contains(text, answer.Text, StringComparison.Ordinal);
        }

        return answer;
    }
}
