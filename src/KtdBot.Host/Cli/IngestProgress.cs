using KtdBot.Knowledge;

namespace KtdBot.Host.Cli;

/// <summary>
/// The terminal's view of a long ingest: one line rewritten in place ("[412/1000] quyet-dinh.docx, 380 unchanged"), or a
/// line every hundred files when the output is redirected to a log.
/// </summary>
internal sealed class IngestProgress(TextWriter output) : IProgress<LoadProgress>
{
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private readonly Lock _lock = new();

    public void Report(LoadProgress value)
    {
        lock (_lock)
        {
            var line = $"[{value.Done}/{value.Total}] {value.File}, {value.FromCache} unchanged";
            if (_interactive)
            {
                output.Write('\r' + (line.Length > 100 ? line[..100] : line.PadRight(100)));
                if (value.Done == value.Total)
                {
                    output.WriteLine();
                }
            }
            else if (value.Done % 100 == 0 || value.Done == value.Total)
            {
                output.WriteLine(line);
            }
        }
    }
}
