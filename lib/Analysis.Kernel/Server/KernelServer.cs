using Analysis.Kernel.Backend;
using Analysis.Kernel.Protocol;

namespace Analysis.Kernel.Server;

/// <summary>
/// Binds the five Jupyter channels and serves them until a shutdown_request or cancellation.
/// One dedicated thread owns shell, control, stdin and IOPub (zmq_poll over all of them), a second
/// echoes heartbeats, and a third runs shell requests so control stays responsive while a cell runs.
/// </summary>
public static class KernelServer
{
    /// <summary>
    /// Runs the kernel; the task completes with the process exit code: 0 after shutdown_request or
    /// cancellation, 1 when libzmq is missing or the channels cannot be bound. Diagnostics go to standard error.
    /// </summary>
    public static Task<int> RunAsync(ConnectionInfo connection, IKernelBackend backend, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(backend);
        var log = KernelLog.StandardError();
        return Task.Factory.StartNew(
            () =>
            {
                try
                {
                    return new KernelLoop(connection, backend, log).Run(cancellationToken);
                }
                catch (DllNotFoundException ex)
                {
                    log.Error(ex.Message);
                    return 1;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }
}
