using System.Diagnostics;
using System.Globalization;

namespace Analysis.Kernel.Server;

/// <summary>
/// Stops the kernel when the process that started it has exited. jupyter_client names that process in
/// <c>JPY_PARENT_PID</c>; a client that dies without sending shutdown_request (a crashed notebook server, a killed
/// <c>jupyter execute</c>) would otherwise leave the kernel running, holding its ports and the client's output pipes.
/// ipykernel's ParentPoller does the same.
/// </summary>
internal static class ParentWatch
{
    /// <summary>The environment variable jupyter_client sets to its own process id.</summary>
    public const string Variable = "JPY_PARENT_PID";

    /// <summary>
    /// A token source cancelled with <paramref name="cancellationToken"/>, or once the process <paramref name="parentPid"/>
    /// names is gone (checked every <paramref name="interval"/>). A missing or malformed id watches nothing.
    /// </summary>
    public static CancellationTokenSource Link(string? parentPid, TimeSpan interval, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!int.TryParse(parentPid, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 1) return source;
        var timer = new Timer(_ =>
        {
            if (!IsRunning(pid)) source.Cancel();
        }, null, interval, interval);
        source.Token.Register(() => timer.Dispose());
        return source;
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
