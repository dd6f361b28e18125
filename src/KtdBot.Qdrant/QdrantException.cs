using System.Net;

namespace KtdBot.Qdrant;

/// <summary>What went wrong talking to Qdrant.</summary>
public enum QdrantErrorKind
{
    /// <summary>Anything not listed below.</summary>
    Unexpected,

    /// <summary>401/403: missing or wrong <c>Qdrant:ApiKey</c>.</summary>
    Unauthorized,

    /// <summary>404: the collection or alias does not exist.</summary>
    NotFound,

    /// <summary>409: the collection or alias already exists.</summary>
    Conflict,

    /// <summary>400/422: Qdrant rejected the request (wrong vector size, malformed body).</summary>
    InvalidRequest,

    /// <summary>429 after every retry.</summary>
    RateLimited,

    /// <summary>502/503/504 or a network error after every retry.</summary>
    Unavailable,

    /// <summary>No answer within <see cref="QdrantOptions.Timeout"/>, after every retry.</summary>
    Timeout,

    /// <summary>The server answered, but the result does not add up (e.g. fewer points than written).</summary>
    Inconsistent,
}

/// <summary>A failed Qdrant operation, with the server's own explanation when it gave one.</summary>
public sealed class QdrantException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QdrantException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public QdrantException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public QdrantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public QdrantException(QdrantErrorKind kind, string operation, HttpStatusCode? statusCode, string? serverError, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Operation = operation;
        StatusCode = statusCode;
        ServerError = serverError;
    }

    /// <summary>The category of failure.</summary>
    public QdrantErrorKind Kind { get; }

    /// <summary>The request, e.g. <c>PUT collections/ktdbot_20250101/points</c>.</summary>
    public string Operation { get; } = string.Empty;

    /// <summary>The HTTP status, when the server answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Qdrant's <c>status.error</c> text (or the plain-text body of a 401/403).</summary>
    public string? ServerError { get; }
}
