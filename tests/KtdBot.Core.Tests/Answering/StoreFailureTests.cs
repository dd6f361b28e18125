using KtdBot.Answering;
using KtdBot.Host.Hosting;
using KtdBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KtdBot.Core.Tests.Answering;

public sealed class StoreFailureTests
{
    [Fact]
    public async Task UnreachableStoreGetsAPoliteReplyNotACrash()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration["Knowledge:Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge");
        builder.AddKtdBot();
        builder.Services.AddSingleton<IKnowledgeStore, UnreachableStore>();
        using var host = builder.Build();
        await host.Services.GetRequiredService<KnowledgeStartup>().LoadAsync(null, forceIngest: false, CancellationToken.None);

        var answer = await host.Services.GetRequiredService<IAnswerService>()
            .AnswerAsync(new Question("t", "Quỹ Mái ấm công đoàn hỗ trợ bao nhiêu lượt người?"), CancellationToken.None);

        Assert.False(answer.Grounded);
        Assert.Contains("tạm thời gián đoạn", answer.Text, StringComparison.Ordinal);
    }

    private sealed class UnreachableStore : IKnowledgeStore
    {
        public Task ReplaceAllAsync(IReadOnlyList<EncodedChunk> chunks, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task UpsertAsync(IReadOnlyList<EncodedChunk> chunks, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<long> CountAsync(CancellationToken cancellationToken) => throw new HttpRequestException("connection refused");

        public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("connection refused");
    }
}
