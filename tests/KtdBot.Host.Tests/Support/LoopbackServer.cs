using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KtdBot.Host.Tests.Support;

/// <summary>A tiny Kestrel app on 127.0.0.1 and a free port: the base of the fake Bot API and fake Zalo API.</summary>
public abstract class LoopbackServer : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>http://127.0.0.1:port (no trailing slash).</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>Starts the server with the routes of <see cref="Map"/>.</summary>
    protected async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        Map(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = address.TrimEnd('/');
    }

    /// <summary>Splits a Bot API path "bot{token}/{method}" (Telegram's and the Zalo Bot Platform's form); false for any other path.</summary>
    protected static bool TrySplitBotPath(string path, out string token, out string method)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var ok = path.StartsWith("bot", StringComparison.Ordinal) && slash > 3;
        token = ok ? path[3..slash] : string.Empty;
        method = ok ? path[(slash + 1)..] : string.Empty;
        return ok;
    }

    /// <summary>Adds the fake's routes.</summary>
    protected abstract void Map(WebApplication app);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
