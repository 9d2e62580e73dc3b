using Analysis.Kernel.Native;

namespace Analysis.Kernel.Transport;

/// <summary>zmq_poll over a fixed set of sockets, waiting for any of them to become readable.</summary>
internal static unsafe class ZmqPoller
{
    /// <summary>
    /// Waits until at least one socket is readable or the timeout passes (-1 waits forever).
    /// Fills <paramref name="readable"/> per socket and returns how many are readable (0 on timeout or EINTR).
    /// </summary>
    public static int WaitReadable(IReadOnlyList<ZmqSocket> sockets, Span<bool> readable, long timeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(sockets);
        if (readable.Length < sockets.Count)
        {
            throw new ArgumentException("One flag per socket is needed.", nameof(readable));
        }

        readable.Clear();
        return OperatingSystem.IsWindows()
            ? PollWindows(sockets, readable, timeoutMilliseconds)
            : PollPosix(sockets, readable, timeoutMilliseconds);
    }

    private static int PollPosix(IReadOnlyList<ZmqSocket> sockets, Span<bool> readable, long timeout)
    {
        var items = stackalloc ZmqNative.PollItemPosix[sockets.Count];
        for (var i = 0; i < sockets.Count; i++)
        {
            items[i] = new ZmqNative.PollItemPosix { Socket = sockets[i].Handle, Events = ZmqNative.PollIn };
        }

        var count = Check(ZmqNative.PollPosix(items, sockets.Count, timeout));
        for (var i = 0; i < sockets.Count; i++)
        {
            readable[i] = (items[i].Revents & ZmqNative.PollIn) != 0;
        }

        return count;
    }

    private static int PollWindows(IReadOnlyList<ZmqSocket> sockets, Span<bool> readable, long timeout)
    {
        var items = stackalloc ZmqNative.PollItemWindows[sockets.Count];
        for (var i = 0; i < sockets.Count; i++)
        {
            items[i] = new ZmqNative.PollItemWindows { Socket = sockets[i].Handle, Events = ZmqNative.PollIn };
        }

        var count = Check(ZmqNative.PollWindows(items, sockets.Count, timeout));
        for (var i = 0; i < sockets.Count; i++)
        {
            readable[i] = (items[i].Revents & ZmqNative.PollIn) != 0;
        }

        return count;
    }

    private static int Check(int result)
    {
        if (result >= 0)
        {
            return result;
        }

        var error = ZmqNative.Errno();
        return error == ZmqNative.EIntr ? 0 : throw new ZmqException("zmq_poll", error);
    }
}
