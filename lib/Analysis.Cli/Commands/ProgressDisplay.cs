using System.Diagnostics;
using System.Globalization;
using Analysis.Extraction;

namespace Analysis.Cli.Commands;

/// <summary>
/// Extraction progress on stderr: a redrawn bar (articles, MB, MB/s, ETA) on an interactive terminal, a plain line
/// every few seconds when stderr is redirected (logs, batch schedulers). ETA compares text processed with the input's
/// size on disk, so it is an estimate (markup and JSON escapes are not text).
/// </summary>
internal sealed class ProgressDisplay : IProgress<ExtractProgress>, IDisposable
{
    private readonly long _totalBytes;
    private readonly bool _interactive;
    private readonly TextWriter _out;
    private readonly TimeSpan _every;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;
    private ExtractProgress _latest;
    private bool _drawn;

    public ProgressDisplay(long totalBytes, bool interactive, TextWriter output)
    {
        _totalBytes = Math.Max(1, totalBytes);
        _interactive = interactive;
        _out = output;
        _every = interactive ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5);
    }

    /// <summary>A display for <paramref name="input"/> (a file or folder), on stderr.</summary>
    public static ProgressDisplay ForInput(string input, Shard? shard)
    {
        long bytes = File.Exists(input)
            ? new FileInfo(input).Length
            : new DirectoryInfo(input).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        return new ProgressDisplay(bytes / (shard?.Count ?? 1), !Console.IsErrorRedirected, Console.Error);
    }

    public void Report(ExtractProgress value)
    {
        _latest = value;
        var now = _clock.Elapsed;
        if (now - _last < _every) return;
        _last = now;
        Draw(value, now);
    }

    /// <summary>Draws the final state and ends the line.</summary>
    public void Finish()
    {
        if (!_drawn) return;
        Draw(_latest, _clock.Elapsed);
        if (_interactive) _out.WriteLine();
        _drawn = false;
    }

    public void Dispose() => Finish();

    internal static string Line(ExtractProgress p, TimeSpan elapsed, long totalBytes, bool bar)
    {
        var mb = p.Characters / 1e6;
        var rate = elapsed.TotalSeconds > 0 ? mb / elapsed.TotalSeconds : 0;
        var fraction = Math.Min(1.0, (double)p.Characters / Math.Max(1, totalBytes));
        var eta = rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, (totalBytes / 1e6 - mb) / rate)) : (TimeSpan?)null;
        var etaText = eta is { } e ? e.ToString(e.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "?";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{p.Articles:N0} articles, {mb:F1} MB, {rate:F2} MB/s, ETA {etaText}{(p.Errors > 0 ? $", {p.Errors} skipped" : "")}");
        if (!bar) return "extract: " + text;
        const int width = 24;
        var filled = (int)Math.Round(fraction * width);
        return $"[{new string('#', filled)}{new string('.', width - filled)}] {fraction * 100,3:F0}% {text}";
    }

    private void Draw(ExtractProgress value, TimeSpan now)
    {
        var line = Line(value, now, _totalBytes, _interactive);
        if (_interactive) _out.Write("\r" + line.PadRight(Console.IsErrorRedirected ? 0 : Math.Min(120, Math.Max(0, SafeWidth() - 1))));
        else _out.WriteLine(line);
        _out.Flush();
        _drawn = true;
    }

    private static int SafeWidth()
    {
        try { return Console.WindowWidth; }
        catch (IOException) { return 80; }
    }
}
