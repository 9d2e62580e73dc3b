using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Analysis.Kernel.Protocol;

namespace Analysis.Kernel.Server;

/// <summary>
/// Messages waiting to be sent. ZeroMQ sockets must stay on one thread, yet outputs arrive from the
/// execution worker and from whatever threads a cell starts; they queue here and the socket thread
/// drains them in order after <see cref="Wake"/> interrupts its poll.
/// </summary>
internal sealed class Outbox
{
    private readonly ConcurrentQueue<(KernelChannel Channel, JupyterMessage Message)> _queue = new();

    /// <summary>Called after every enqueue to interrupt the socket thread's poll; set once by the server.</summary>
    public Action Wake { get; set; } = static () => { };

    public void Send(KernelChannel channel, JupyterMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _queue.Enqueue((channel, message));
        Wake();
    }

    /// <summary>
    /// Takes everything queued, in order. Consecutive IOPub stream messages for the same request and
    /// stream are merged: a cell printing in a tight loop would otherwise flood the frontend with
    /// thousands of one-line messages.
    /// </summary>
    public List<(KernelChannel Channel, JupyterMessage Message)> Drain()
    {
        var drained = new List<(KernelChannel Channel, JupyterMessage Message)>();
        while (_queue.TryDequeue(out var item))
        {
            if (drained.Count > 0 && TryMerge(drained[^1], item, out var merged))
            {
                drained[^1] = merged;
            }
            else
            {
                drained.Add(item);
            }
        }

        return drained;
    }

    private static bool TryMerge(
        (KernelChannel Channel, JupyterMessage Message) previous,
        (KernelChannel Channel, JupyterMessage Message) next,
        out (KernelChannel Channel, JupyterMessage Message) merged)
    {
        merged = previous;
        if (previous.Channel != KernelChannel.IoPub || next.Channel != KernelChannel.IoPub
            || previous.Message.MsgType != "stream" || next.Message.MsgType != "stream"
            || previous.Message.ParentMsgId != next.Message.ParentMsgId
            || previous.Message.ContentString("name") != next.Message.ContentString("name"))
        {
            return false;
        }

        var content = new JsonObject
        {
            ["name"] = previous.Message.ContentString("name"),
            ["text"] = previous.Message.ContentString("text") + next.Message.ContentString("text"),
        };
        merged = (KernelChannel.IoPub, previous.Message with { Content = content });
        return true;
    }
}
