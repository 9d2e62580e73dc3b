using System.Collections.Concurrent;
using Analysis.Kernel.Protocol;

namespace Analysis.Kernel.Server;

/// <summary>
/// Shell requests in arrival order, handled one at a time on the execution worker. Keeping them
/// off the socket thread is what lets control (interrupt, shutdown) be answered while a cell runs.
/// </summary>
internal sealed class ShellQueue : IDisposable
{
    private readonly BlockingCollection<JupyterMessage> _pending = new(new ConcurrentQueue<JupyterMessage>());

    public void Post(JupyterMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_pending.IsAddingCompleted)
        {
            _pending.Add(request);
        }
    }

    public bool TryTake(out JupyterMessage request) => _pending.TryTake(out request!);

    /// <summary>Blocks for the next request; false once <see cref="Complete"/> was called and the queue is empty, or on cancellation.</summary>
    public bool TryTakeBlocking(CancellationToken cancellationToken, out JupyterMessage request)
    {
        try
        {
            return _pending.TryTake(out request!, Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            request = null!;
            return false;
        }
    }

    /// <summary>Takes every queued request (used when stop_on_error aborts the rest of the queue).</summary>
    public List<JupyterMessage> TakeAll()
    {
        var taken = new List<JupyterMessage>();
        while (_pending.TryTake(out var request))
        {
            taken.Add(request);
        }

        return taken;
    }

    public void Complete() => _pending.CompleteAdding();

    public void Dispose() => _pending.Dispose();
}
