using System.Text.Json.Nodes;
using Analysis.Kernel.Backend;
using Analysis.Kernel.Protocol;

namespace Analysis.Kernel.Server;

/// <summary>
/// Protocol semantics, independent of sockets: every request gets busy/idle on IOPub around it,
/// shell requests run in order through <see cref="ShellQueue"/>, control requests are answered at once.
/// </summary>
internal sealed class KernelRequestHandler
{
    private readonly IKernelBackend _backend;
    private readonly MessageFactory _factory;
    private readonly Outbox _outbox;
    private readonly KernelLog _log;
    private readonly ShellQueue _queue;
    private readonly CellExecutor _executor;
    private int _shutdownRequested;

    public KernelRequestHandler(IKernelBackend backend, MessageFactory factory, Outbox outbox, KernelLog log, ShellQueue queue)
    {
        _backend = backend;
        _factory = factory;
        _outbox = outbox;
        _log = log;
        _queue = queue;
        _executor = new CellExecutor(backend, factory, outbox);
    }

    /// <summary>Set once a shutdown_request was answered; the server then closes its sockets and exits.</summary>
    public bool ShutdownRequested => Volatile.Read(ref _shutdownRequested) != 0;

    /// <summary>Worker loop: handles shell requests until the queue completes or the token fires.</summary>
    public void RunShellLoop(CancellationToken cancellationToken)
    {
        while (_queue.TryTakeBlocking(cancellationToken, out var request))
        {
            HandleShell(request, cancellationToken);
        }
    }

    /// <summary>Handles everything queued so far on the calling thread (tests drive the handler this way).</summary>
    public void ProcessPendingShell()
    {
        while (_queue.TryTake(out var request))
        {
            HandleShell(request, CancellationToken.None);
        }
    }

    public void HandleShell(JupyterMessage request, CancellationToken cancellationToken) =>
        WithStatus(request, KernelChannel.Shell, () => DispatchShell(request, cancellationToken));

    public void HandleControl(JupyterMessage request) =>
        WithStatus(request, KernelChannel.Control, () => DispatchControl(request));

    private void DispatchShell(JupyterMessage request, CancellationToken cancellationToken)
    {
        switch (request.MsgType)
        {
            case "execute_request":
                Execute(request, cancellationToken);
                break;
            case "kernel_info_request":
                Reply(KernelChannel.Shell, request, "kernel_info_reply", KernelInfo.ReplyContent());
                break;
            case "is_complete_request":
                Reply(KernelChannel.Shell, request, "is_complete_reply", IsComplete(request));
                break;
            case "complete_request":
                Reply(KernelChannel.Shell, request, "complete_reply", Complete(request, cancellationToken));
                break;
            case "inspect_request":
                Reply(KernelChannel.Shell, request, "inspect_reply", Inspect(request, cancellationToken));
                break;
            case "comm_info_request":
                Reply(KernelChannel.Shell, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "history_request":
                Reply(KernelChannel.Shell, request, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
                break;
            case "shutdown_request":
                Shutdown(KernelChannel.Shell, request);
                break;
            case "comm_open":
                // No comm targets exist; the spec asks kernels to close unknown comms at once.
                _outbox.Send(KernelChannel.IoPub, _factory.Broadcast(request, "comm_close", new JsonObject
                {
                    ["comm_id"] = request.ContentString("comm_id"),
                    ["data"] = new JsonObject(),
                }));
                break;
            case "comm_msg" or "comm_close":
                break;
            default:
                _log.Warning($"unsupported shell message type '{request.MsgType}' (msg_id {request.MsgId}) ignored");
                break;
        }
    }

    private void DispatchControl(JupyterMessage request)
    {
        switch (request.MsgType)
        {
            case "interrupt_request":
                _backend.Interrupt();
                Reply(KernelChannel.Control, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                Shutdown(KernelChannel.Control, request);
                break;
            case "kernel_info_request":
                Reply(KernelChannel.Control, request, "kernel_info_reply", KernelInfo.ReplyContent());
                break;
            default:
                _log.Warning($"unsupported control message type '{request.MsgType}' (msg_id {request.MsgId}) ignored");
                break;
        }
    }

    private void Execute(JupyterMessage request, CancellationToken cancellationToken)
    {
        var outcome = _executor.Run(request, cancellationToken);
        // stop_on_error aborts the requests queued while the cell ran, taken before its reply goes out: a request the
        // client sends after reading the error reply ("interrupt, then run the next cell") must run.
        var abort = outcome.Failed && request.ContentBool("stop_on_error", true) ? _queue.TakeAll() : [];
        Reply(KernelChannel.Shell, request, "execute_reply", outcome.ReplyContent);
        AbortQueuedExecutions(abort);
    }

    private void AbortQueuedExecutions(List<JupyterMessage> queuedRequests)
    {
        foreach (var queued in queuedRequests)
        {
            if (queued.MsgType == "execute_request")
            {
                WithStatus(queued, KernelChannel.Shell, () => Reply(KernelChannel.Shell, queued, "execute_reply", new JsonObject
                {
                    ["status"] = "aborted",
                    ["execution_count"] = _executor.ExecutionCount,
                }));
            }
            else
            {
                HandleShell(queued, CancellationToken.None);
            }
        }
    }

    private JsonObject IsComplete(JupyterMessage request)
    {
        var status = _backend.IsComplete(request.ContentString("code")) switch
        {
            KernelCodeCompleteness.Complete => "complete",
            KernelCodeCompleteness.Incomplete => "incomplete",
            KernelCodeCompleteness.Invalid => "invalid",
            _ => "unknown",
        };
        var content = new JsonObject { ["status"] = status };
        if (status == "incomplete")
        {
            content["indent"] = string.Empty;
        }

        return content;
    }

    private JsonObject Complete(JupyterMessage request, CancellationToken cancellationToken)
    {
        var code = request.ContentString("code");
        var cursor = CodePoints.ToUtf16Index(code, request.ContentInt("cursor_pos", code.Length));
        var completion = _backend.CompleteAsync(code, cursor, cancellationToken).GetAwaiter().GetResult();
        var matches = new JsonArray();
        foreach (var match in completion.Matches)
        {
            matches.Add(match);
        }

        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = matches,
            ["cursor_start"] = CodePoints.FromUtf16Index(code, completion.CursorStart),
            ["cursor_end"] = CodePoints.FromUtf16Index(code, completion.CursorEnd),
            ["metadata"] = new JsonObject(),
        };
    }

    private JsonObject Inspect(JupyterMessage request, CancellationToken cancellationToken)
    {
        var code = request.ContentString("code");
        var cursor = CodePoints.ToUtf16Index(code, request.ContentInt("cursor_pos", code.Length));
        var bundle = _backend.InspectAsync(code, cursor, request.ContentInt("detail_level", 0), cancellationToken).GetAwaiter().GetResult();
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = bundle is not null,
            ["data"] = bundle is null ? new JsonObject() : MimeJson.ToData(bundle),
            ["metadata"] = new JsonObject(),
        };
    }

    private void Shutdown(KernelChannel channel, JupyterMessage request)
    {
        // "restart" is honoured by exiting too: the frontend that asked starts the new process.
        Reply(channel, request, "shutdown_reply", new JsonObject
        {
            ["status"] = "ok",
            ["restart"] = request.ContentBool("restart", false),
        });
        Interlocked.Exchange(ref _shutdownRequested, 1);
        _backend.Interrupt();
    }

    private void Reply(KernelChannel channel, JupyterMessage request, string msgType, JsonObject content) =>
        _outbox.Send(channel, _factory.Reply(request, msgType, content));

    private void WithStatus(JupyterMessage request, KernelChannel channel, Action handle)
    {
        PublishStatus(request, "busy");
        try
        {
            handle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One failing request must not take the kernel down; the frontend still gets its idle.
            _log.Error($"{channel} {request.MsgType} (msg_id {request.MsgId}) failed: {ex}");
        }
        finally
        {
            PublishStatus(request, "idle");
        }
    }

    private void PublishStatus(JupyterMessage parent, string state) =>
        _outbox.Send(KernelChannel.IoPub, _factory.Broadcast(parent, "status", new JsonObject { ["execution_state"] = state }));
}
