using Analysis.Kernel.Backend;
using Analysis.Kernel.Native;
using Analysis.Kernel.Protocol;
using Analysis.Kernel.Transport;

namespace Analysis.Kernel.Server;

/// <summary>The socket thread of <see cref="KernelServer"/>: bind, poll, dispatch, flush, close.</summary>
internal sealed class KernelLoop
{
    // Replies queued just before exit (shutdown_reply, the final idle) need a moment to leave;
    // a bounded linger delivers them without letting an absent peer hang the exit.
    private const int ReplyLingerMilliseconds = 1000;
    private const int ShellWorkerStackBytes = 16 * 1024 * 1024;

    private readonly ConnectionInfo _connection;
    private readonly IKernelBackend _backend;
    private readonly KernelLog _log;
    private readonly MessageSigner _signer;
    private readonly Outbox _outbox = new();
    private readonly MessageFactory _factory = MessageFactory.CreateDefault();

    public KernelLoop(ConnectionInfo connection, IKernelBackend backend, KernelLog log)
    {
        _connection = connection;
        _backend = backend;
        _log = log;
        _signer = MessageSigner.Create(connection.SignatureScheme, connection.Key);
    }

    public int Run(CancellationToken cancellationToken)
    {
        using var context = new ZmqContext();
        // Queue and stop token are not disposed: a cell the interrupt could not stop may still
        // touch them from the (background) worker thread after this method returns.
        var queue = new ShellQueue();
        var workerStop = new CancellationTokenSource();
        var handler = new KernelRequestHandler(_backend, _factory, _outbox, _log, queue);
        var sockets = new List<ZmqSocket>();
        ZmqSocket? heartbeatSocket = null;
        Thread? heartbeat = null;
        Thread? worker = null;
        var wakeGate = new Lock();
        var wakeClosed = false;
        try
        {
            var shell = Open(context, sockets, ZmqNative.Router, "shell", _connection.ShellPort);
            var control = Open(context, sockets, ZmqNative.Router, "control", _connection.ControlPort);
            var stdin = Open(context, sockets, ZmqNative.Router, "stdin", _connection.StdinPort);
            var iopub = Open(context, sockets, ZmqNative.Pub, "iopub", _connection.IoPubPort);
            var wakeEndpoint = $"inproc://analysis-kernel-wake-{Guid.NewGuid():N}";
            var wakeReceiver = Open(context, sockets, ZmqNative.Pair, "wake", null);
            wakeReceiver.Bind(wakeEndpoint);
            var wakeSender = Open(context, sockets, ZmqNative.Pair, "wake-sender", null);
            wakeSender.Connect(wakeEndpoint);
            heartbeatSocket = context.CreateSocket(ZmqNative.Rep, "heartbeat");
            heartbeatSocket.SetLinger(0);
            heartbeatSocket.Bind(_connection.Endpoint(_connection.HeartbeatPort));

            _outbox.Wake = () =>
            {
                lock (wakeGate)
                {
                    if (!wakeClosed)
                    {
                        // Never block a cell on a full wake pipe: a pending wake already guarantees a drain.
                        wakeSender.SendMultipart([[]], dontWait: true);
                    }
                }
            };
            using var cancelRegistration = cancellationToken.Register(() => _outbox.Wake());

            var echoSocket = heartbeatSocket;
            heartbeat = new Thread(() => EchoHeartbeats(echoSocket)) { IsBackground = true, Name = "analysis-kernel-heartbeat" };
            heartbeat.Start();
            worker = new Thread(() => handler.RunShellLoop(workerStop.Token), ShellWorkerStackBytes)
            {
                IsBackground = true,
                Name = "analysis-kernel-shell",
            };
            worker.Start();

            _log.Info($"listening on {_connection.Endpoint(_connection.ShellPort)} (shell), signing {(_signer.IsEnabled ? "on" : "off")}");
            _outbox.Send(KernelChannel.IoPub, _factory.Broadcast(null, "status", new() { ["execution_state"] = "starting" }));
            Serve(handler, queue, shell, control, stdin, iopub, wakeReceiver, cancellationToken);
            return 0;
        }
        catch (ZmqException ex)
        {
            _log.Error(ex.Message);
            return 1;
        }
        finally
        {
            queue.Complete();
            workerStop.Cancel();
            _backend.Interrupt();
            lock (wakeGate)
            {
                wakeClosed = true;
            }

            foreach (var socket in sockets)
            {
                socket.Dispose();
            }

            if (heartbeat is null)
            {
                heartbeatSocket?.Dispose();
            }

            context.Shutdown();
            heartbeat?.Join();
            worker?.Join(TimeSpan.FromSeconds(2));
        }
    }

    private void Serve(
        KernelRequestHandler handler,
        ShellQueue queue,
        ZmqSocket shell,
        ZmqSocket control,
        ZmqSocket stdin,
        ZmqSocket iopub,
        ZmqSocket wake,
        CancellationToken cancellationToken)
    {
        ZmqSocket[] polled = [control, shell, stdin, wake];
        Span<bool> readable = stackalloc bool[polled.Length];
        while (true)
        {
            Flush(shell, control, stdin, iopub);
            if (handler.ShutdownRequested || cancellationToken.IsCancellationRequested)
            {
                _log.Info(handler.ShutdownRequested ? "shutdown requested; exiting" : "cancelled; exiting");
                return;
            }

            ZmqPoller.WaitReadable(polled, readable, -1);

            // Control first: an interrupt must not wait behind a burst of shell traffic.
            if (readable[0])
            {
                Receive(control, handler.HandleControl);
            }

            if (readable[1])
            {
                Receive(shell, queue.Post);
            }

            if (readable[2])
            {
                Receive(stdin, message => _log.Warning($"unexpected stdin message '{message.MsgType}' ignored"));
            }

            if (readable[3])
            {
                while (wake.ReceiveMultipart(dontWait: true) is not null)
                {
                    // Wake-ups carry no data; draining them re-arms the poll.
                }
            }
        }
    }

    private void Receive(ZmqSocket socket, Action<JupyterMessage> handle)
    {
        while (socket.ReceiveMultipart(dontWait: true) is { } frames)
        {
            var decoded = WireCodec.Decode(frames, _signer);
            if (decoded.Message is null)
            {
                _log.Warning($"{socket.Name}: rejected message: {decoded.Error}");
                continue;
            }

            handle(decoded.Message);
        }
    }

    private void Flush(ZmqSocket shell, ZmqSocket control, ZmqSocket stdin, ZmqSocket iopub)
    {
        foreach (var (channel, message) in _outbox.Drain())
        {
            var socket = channel switch
            {
                KernelChannel.Shell => shell,
                KernelChannel.Control => control,
                KernelChannel.Stdin => stdin,
                _ => iopub,
            };
            socket.SendMultipart(WireCodec.Encode(message, _signer));
        }
    }

    private ZmqSocket Open(ZmqContext context, List<ZmqSocket> sockets, int type, string name, int? port)
    {
        var socket = context.CreateSocket(type, name);
        sockets.Add(socket);
        socket.SetLinger(port is null ? 0 : ReplyLingerMilliseconds);
        if (port is { } value)
        {
            socket.Bind(_connection.Endpoint(value));
        }

        return socket;
    }

    private void EchoHeartbeats(ZmqSocket socket)
    {
        try
        {
            while (true)
            {
                var frames = socket.ReceiveMultipart()!;
                socket.SendMultipart(frames);
            }
        }
        catch (ZmqException ex) when (ex.IsContextTerminated)
        {
            // Normal exit: the server shut the context down.
        }
        catch (ZmqException ex)
        {
            _log.Error($"heartbeat stopped: {ex.Message}");
        }
        finally
        {
            socket.Dispose();
        }
    }
}
