using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KtdBot.Host.Tests.Support;

/// <summary>A redis-server of the test's own on 127.0.0.1 (no persistence), which the test may kill and start again on the same port.</summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private Process? _process;

    private RedisServerProcess(int port) => Port = port;

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string.</summary>
    public string Connection => $"127.0.0.1:{Port}";

    /// <summary>Why a private redis-server cannot be started (no binary), or null.</summary>
    public static string? WhyNot => TestEnvironment.WhyNoRedis ?? (Executable is null ? "redis-server is not on PATH." : null);

    private static string? Executable => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
        .Select(folder => Path.Combine(folder, "redis-server")).FirstOrDefault(File.Exists);

    /// <summary>Starts a server on a free port.</summary>
    public static async Task<RedisServerProcess> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var server = new RedisServerProcess(port);
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server again (after <see cref="KillAsync"/>) and waits until it accepts connections.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo(Executable!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start (port {Port} taken?)");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Kills the server (its data goes with it: it keeps none on disk).</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        // Down means the port refuses connections.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
            }
            catch (SocketException)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"port {Port} still accepts connections after redis-server was killed");
            }

            await Task.Delay(50);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}

/// <summary>A fact that starts its own redis-server; skipped with the reason when there is none to start.</summary>
public sealed class RedisServerFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when redis-server is not available.</summary>
    public RedisServerFactAttribute()
    {
        if (RedisServerProcess.WhyNot is { } reason)
        {
            Skip = reason;
        }
    }
}
