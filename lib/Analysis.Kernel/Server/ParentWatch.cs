using System.Diagnostics;
using System.Globalization;

namespace Analysis.Kernel.Server;

/// <summary>
/// Stops the kernel when the process that started it has exited. jupyter_client names that process in
/// <c>JPY_PARENT_PID</c>; a client that dies without sending shutdown_request (a crashed notebook server, a killed
/// <c>jupyter execute</c>) would otherwise leave the kernel running, holding its ports and the client's output pipes.
/// ipykernel's ParentPoller does the same.
/// </summary>
internal sealed class ParentWatch : IDisposable
{
    /// <summary>The environment variable jupyter_client sets to its own process id.</summary>
    public const string Variable = "JPY_PARENT_PID";

    private readonly CancellationTokenSource _source;
    private readonly Timer? _timer;

    private ParentWatch(CancellationTokenSource source, int pid, TimeSpan interval)
    {
        _source = source;
        if (pid > 1) _timer = new Timer(_ => Check(pid), null, interval, interval);
    }

    /// <summary>Cancelled with the caller's token, or once the watched parent is gone.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>
    /// A watch cancelled with <paramref name="cancellationToken"/>, or once the process <paramref name="parentPid"/>
    /// names is gone (checked every <paramref name="interval"/>). A missing or malformed id watches nothing.
    /// </summary>
    public static ParentWatch Link(string? parentPid, TimeSpan interval, CancellationToken cancellationToken)
    {
        var pid = int.TryParse(parentPid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        return new ParentWatch(CancellationTokenSource.CreateLinkedTokenSource(cancellationToken), pid, interval);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The timer first, waiting for a running check, so no check cancels a disposed source.
        if (_timer is not null)
        {
            using var done = new ManualResetEvent(false);
            if (_timer.Dispose(done)) done.WaitOne();
        }
        _source.Dispose();
    }

    private void Check(int pid)
    {
        if (!IsRunning(pid) && !_source.IsCancellationRequested) _source.Cancel();
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
