using Analysis.Kernel.Native;

namespace Analysis.Kernel.Transport;

/// <summary>
/// One libzmq socket with multipart send/receive. Not thread-safe, like the socket it wraps:
/// each socket is used from exactly one thread.
/// </summary>
internal sealed unsafe class ZmqSocket : IDisposable
{
    private nint _handle;

    internal ZmqSocket(ZmqContext context, int type, string name)
    {
        Name = name;
        _handle = ZmqNative.Socket(context.Handle, type);
        if (_handle == nint.Zero)
        {
            throw ZmqException.Last($"zmq_socket({name})");
        }
    }

    /// <summary>Channel name used in log and error text (shell, control, iopub, …).</summary>
    public string Name { get; }

    internal nint Handle => _handle != nint.Zero ? _handle : throw new ObjectDisposedException(Name);

    /// <summary>How long close waits to deliver queued messages, in milliseconds (0 drops them, -1 waits forever).</summary>
    public void SetLinger(int milliseconds)
    {
        var value = milliseconds;
        if (ZmqNative.SetSocketOption(Handle, ZmqNative.OptionLinger, &value, sizeof(int)) != 0)
        {
            throw ZmqException.Last($"zmq_setsockopt({Name}, ZMQ_LINGER)");
        }
    }

    public void Bind(string endpoint)
    {
        if (ZmqNative.Bind(Handle, endpoint) != 0)
        {
            throw ZmqException.Last($"bind {Name} to {endpoint}");
        }
    }

    public void Connect(string endpoint)
    {
        if (ZmqNative.Connect(Handle, endpoint) != 0)
        {
            throw ZmqException.Last($"connect {Name} to {endpoint}");
        }
    }

    /// <summary>Sends all frames as one multipart message. Returns false only when <paramref name="dontWait"/> and the queue is full.</summary>
    public bool SendMultipart(IReadOnlyList<byte[]> frames, bool dontWait = false)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count == 0)
        {
            throw new ArgumentException("A message needs at least one frame.", nameof(frames));
        }

        for (var i = 0; i < frames.Count; i++)
        {
            var flags = (i < frames.Count - 1 ? ZmqNative.FlagSendMore : 0) | (dontWait ? ZmqNative.FlagDontWait : 0);
            if (!SendFrame(frames[i], flags))
            {
                // libzmq queues multipart messages atomically: only the first frame can be refused.
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Receives one complete multipart message; null when <paramref name="dontWait"/> and nothing is queued.
    /// Throws <see cref="ZmqException"/> with <see cref="ZmqException.IsContextTerminated"/> when the context shuts down.
    /// </summary>
    public List<byte[]>? ReceiveMultipart(bool dontWait = false)
    {
        var frames = new List<byte[]>();
        ZmqNative.Message message;
        while (true)
        {
            ZmqNative.MessageInit(&message);
            try
            {
                if (!ReceiveFrame(&message, dontWait && frames.Count == 0))
                {
                    return null;
                }

                var size = (int)ZmqNative.MessageSize(&message);
                frames.Add(new ReadOnlySpan<byte>(ZmqNative.MessageData(&message), size).ToArray());
                if (ZmqNative.MessageMore(&message) == 0)
                {
                    return frames;
                }
            }
            finally
            {
                ZmqNative.MessageClose(&message);
            }
        }
    }

    public void Dispose()
    {
        var handle = Interlocked.Exchange(ref _handle, nint.Zero);
        if (handle != nint.Zero)
        {
            _ = ZmqNative.Close(handle);
        }
    }

    private bool SendFrame(byte[] frame, int flags)
    {
        fixed (byte* data = frame)
        {
            while (ZmqNative.Send(Handle, data, (nuint)frame.Length, flags) < 0)
            {
                var error = ZmqNative.Errno();
                if (error == ZmqNative.EIntr)
                {
                    continue;
                }

                if ((flags & ZmqNative.FlagDontWait) != 0 && IsAgain(error))
                {
                    return false;
                }

                throw new ZmqException($"send on {Name}", error);
            }
        }

        return true;
    }

    private bool ReceiveFrame(ZmqNative.Message* message, bool dontWait)
    {
        while (ZmqNative.MessageReceive(message, Handle, dontWait ? ZmqNative.FlagDontWait : 0) < 0)
        {
            var error = ZmqNative.Errno();
            if (error == ZmqNative.EIntr)
            {
                continue;
            }

            if (dontWait && IsAgain(error))
            {
                return false;
            }

            throw new ZmqException($"receive on {Name}", error);
        }

        return true;
    }

    // EAGAIN is 11 on Linux/Windows(libzmq maps WSA codes) and 35 on macOS/BSD.
    private static bool IsAgain(int error) => error is 11 or 35;
}
