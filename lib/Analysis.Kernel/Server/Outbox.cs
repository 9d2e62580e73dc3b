using System.Collections.Concurrent;
using System.Text;
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
    private int _wakePending;

    /// <summary>Interrupts the socket thread's poll; called once per burst of sends until the next <see cref="Drain"/>. Set once by the server.</summary>
    public Action Wake { get; set; } = static () => { };

    public void Send(KernelChannel channel, JupyterMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _queue.Enqueue((channel, message));

        // Enqueue before testing the flag, and Drain clears it before dequeuing: a send that skips the
        // wake-up is always one whose message the coming drain will see.
        if (Interlocked.Exchange(ref _wakePending, 1) == 0)
        {
            Wake();
        }
    }

    /// <summary>
    /// Takes everything queued, in order. Consecutive IOPub stream messages for the same request and
    /// stream are merged: a cell printing in a tight loop would otherwise flood the frontend with
    /// thousands of one-line messages.
    /// </summary>
    public List<(KernelChannel Channel, JupyterMessage Message)> Drain()
    {
        Interlocked.Exchange(ref _wakePending, 0);
        var drained = new List<(KernelChannel Channel, JupyterMessage Message)>();
        JupyterMessage? run = null;
        StringBuilder? text = null;
        var merged = 0;
        void EndRun()
        {
            if (run is not null)
            {
                // Texts are joined once per run: appending pairwise re-copies the growing text (quadratic).
                drained.Add((KernelChannel.IoPub, merged == 1 ? run : run with
                {
                    Content = new JsonObject { ["name"] = run.ContentString("name"), ["text"] = text!.ToString() },
                }));
                run = null;
            }
        }

        while (_queue.TryDequeue(out var item))
        {
            if (item.Channel != KernelChannel.IoPub || item.Message.MsgType != "stream")
            {
                EndRun();
                drained.Add(item);
                continue;
            }

            if (run is not null
                && run.ParentMsgId == item.Message.ParentMsgId
                && run.ContentString("name") == item.Message.ContentString("name"))
            {
                text!.Append(item.Message.ContentString("text"));
                merged++;
                continue;
            }

            EndRun();
            run = item.Message;
            text = new StringBuilder(item.Message.ContentString("text"));
            merged = 1;
        }

        EndRun();
        return drained;
    }
}
