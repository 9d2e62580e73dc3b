using Analysis.Kernel.Protocol;
using Analysis.Kernel.Server;

namespace Analysis.Kernel.Tests.Support;

/// <summary>A request handler wired to a fake backend, with its outbox and log captured.</summary>
internal sealed class HandlerHarness
{
    private readonly StringWriter _log = new();

    public HandlerHarness()
    {
        Handler = new KernelRequestHandler(Backend, Messages.Factory(), Outbox, new KernelLog(_log), Queue);
    }

    public FakeBackend Backend { get; } = new();

    public Outbox Outbox { get; } = new();

    public ShellQueue Queue { get; } = new();

    public KernelRequestHandler Handler { get; }

    public string Log => _log.ToString();

    /// <summary>Queues the requests, handles them in order, and returns everything sent.</summary>
    public List<(KernelChannel Channel, JupyterMessage Message)> RunShell(params JupyterMessage[] requests)
    {
        foreach (var request in requests)
        {
            Queue.Post(request);
        }

        Handler.ProcessPendingShell();
        return Outbox.Drain();
    }

    public List<(KernelChannel Channel, JupyterMessage Message)> RunControl(JupyterMessage request)
    {
        Handler.HandleControl(request);
        return Outbox.Drain();
    }

    /// <summary>"channel msg_type" per message, e.g. "IoPub status:busy", "Shell execute_reply".</summary>
    public static string[] Describe(IEnumerable<(KernelChannel Channel, JupyterMessage Message)> sent) =>
        sent.Select(item => item.Message.MsgType == "status"
                ? $"{item.Channel} status:{item.Message.ContentString("execution_state")}"
                : $"{item.Channel} {item.Message.MsgType}")
            .ToArray();

    public static JupyterMessage Single(IEnumerable<(KernelChannel Channel, JupyterMessage Message)> sent, string msgType) =>
        Assert.Single(sent, item => item.Message.MsgType == msgType).Message;
}
