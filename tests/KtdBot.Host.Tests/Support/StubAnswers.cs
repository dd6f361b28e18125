using KtdBot.Answering;

namespace KtdBot.Host.Tests.Support;

/// <summary>An answering service under the test's control: slow, gated, long, or failing answers.</summary>
public sealed class StubAnswers(Func<Question, CancellationToken, Task<Answer>> answer) : IAnswerService
{
    private int _calls;

    /// <summary>Questions received.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Answers "Trả lời: {question}" at once.</summary>
    public static StubAnswers Echo() => new((q, _) => Task.FromResult(new Answer("Trả lời: " + q.Text, true, [], [])));

    /// <inheritdoc />
    public Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return answer(question, cancellationToken);
    }
}
