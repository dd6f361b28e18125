using System.Collections.Concurrent;
using System.Net;
using System.Text;
using KtdBot.Qdrant.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace KtdBot.Qdrant.Tests.Infrastructure;

/// <summary>A fault the handler injects before the fake sees a request.</summary>
internal abstract record Fault
{
    /// <summary>An HTTP error answer (e.g. 429 with Retry-After).</summary>
    public sealed record Status(int Code, string Body, string ContentType = "application/json", TimeSpan? RetryAfter = null) : Fault;

    /// <summary>The connection fails.</summary>
    public sealed record NetworkError : Fault;

    /// <summary>No answer until the client gives up.</summary>
    public sealed record Hang : Fault;
}

/// <summary>Routes HttpClient requests to a <see cref="FakeQdrant"/>, recording them and injecting faults first.</summary>
internal sealed class FakeQdrantHandler(FakeQdrant fake) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Fault> _faults = new();

    public FakeQdrant Fake { get; } = fake;

    public int Attempts => _attempts;

    private int _attempts;

    public void Enqueue(params Fault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    /// <summary>A client for this handler, as the DI registration configures it: behind the Qdrant resilience pipeline.</summary>
    public HttpClient CreateClient(QdrantOptions options, string? apiKey = null, string baseUrl = "http://qdrant.test:6333/")
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>().AddQdrantStrategies(options, TimeProvider.System).Build();
        var client = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = this }, disposeHandler: false)
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("api-key", apiKey);
        }

        return client;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (_faults.TryDequeue(out var fault))
        {
            switch (fault)
            {
                case Fault.NetworkError:
                    throw new HttpRequestException("Connection refused (fake)", null, null);
                case Fault.Hang:
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    break;
                case Fault.Status status:
                    var failed = new HttpResponseMessage((HttpStatusCode)status.Code)
                    {
                        Content = new StringContent(status.Body, Encoding.UTF8, status.ContentType),
                        RequestMessage = request,
                    };
                    if (status.RetryAfter is { } after)
                    {
                        failed.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(after);
                    }

                    return failed;
            }
        }

        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var apiKey = request.Headers.TryGetValues("api-key", out var keys) ? keys.FirstOrDefault() : null;
        var uri = request.RequestUri!;
        var basePath = uri.AbsolutePath;
        var answer = Fake.Handle(request.Method.Method, basePath, uri.Query, body, apiKey);
        return new HttpResponseMessage((HttpStatusCode)answer.Status)
        {
            Content = new StringContent(answer.Body, Encoding.UTF8, answer.ContentType),
            RequestMessage = request,
        };
    }
}
