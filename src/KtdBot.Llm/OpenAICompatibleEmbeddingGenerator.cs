using System.ClientModel;
using System.Net;
using Microsoft.Extensions.AI;

namespace KtdBot.Llm;

/// <summary>
/// Dense embeddings from an OpenAI-compatible /embeddings endpoint, with a time limit, and failures
/// reported the way HttpClient reports them (<see cref="HttpRequestException"/>, <see cref="TaskCanceledException"/>
/// on timeout), which is what the search and ingestion code expect from an unreachable model.
/// </summary>
internal sealed class OpenAICompatibleEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, TimeSpan timeout)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    // A query is one short text; an ingestion batch of many passages gets proportionally more time.
    private const int InputsPerTimeout = 16;

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var inputs = values as IReadOnlyCollection<string> ?? values.ToList();
        var limit = timeout * Math.Max(1, Math.Ceiling(inputs.Count / (double)InputsPerTimeout));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(limit);
        try
        {
            var generated = await base.GenerateAsync(inputs, options, cts.Token).ConfigureAwait(false);
            if (generated.Count != inputs.Count)
            {
                throw new InvalidOperationException($"The embedding endpoint returned {generated.Count} vectors for {inputs.Count} inputs.");
            }

            return generated;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TaskCanceledException($"The embedding request timed out after {limit.TotalSeconds:0.#} s.", new TimeoutException(ex.Message, ex));
        }
        catch (ClientResultException ex)
        {
            // The message may carry the response body; the status code is what callers need.
            var status = ex.Status == 0 ? (HttpStatusCode?)null : (HttpStatusCode)ex.Status;
            throw new HttpRequestException($"The embedding endpoint failed (status {ex.Status}).", ex, status);
        }
    }
}
