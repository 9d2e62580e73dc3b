using Analysis.Kernel.Native;

namespace Analysis.Kernel.Transport;

/// <summary>Owns one libzmq context. Dispose closes nothing itself: close every socket first, then dispose.</summary>
internal sealed class ZmqContext : IDisposable
{
    private nint _handle;

    public ZmqContext()
    {
        _handle = ZmqNative.ContextNew();
        if (_handle == nint.Zero)
        {
            throw ZmqException.Last("zmq_ctx_new");
        }
    }

    internal nint Handle => _handle != nint.Zero ? _handle : throw new ObjectDisposedException(nameof(ZmqContext));

    /// <summary>Creates a socket of the given libzmq type (see <see cref="ZmqNative"/> constants).</summary>
    public ZmqSocket CreateSocket(int type, string name) => new(this, type, name);

    /// <summary>
    /// Makes every blocking call on this context's sockets return ETERM, so threads parked in
    /// a receive (the heartbeat loop) wake up and close their sockets before <see cref="Dispose"/>.
    /// </summary>
    public void Shutdown()
    {
        if (_handle != nint.Zero)
        {
            _ = ZmqNative.ContextShutdown(_handle);
        }
    }

    /// <summary>zmq_ctx_term: waits for sockets to close and their linger periods to run out.</summary>
    public void Dispose()
    {
        var handle = Interlocked.Exchange(ref _handle, nint.Zero);
        if (handle == nint.Zero)
        {
            return;
        }

        while (ZmqNative.ContextTerm(handle) != 0 && ZmqNative.Errno() == ZmqNative.EIntr)
        {
            // A signal interrupted termination; libzmq asks callers to retry.
        }
    }
}
