using System.Text.Json.Nodes;
using Analysis.Kernel.Backend;
using Analysis.Kernel.Protocol;

namespace Analysis.Kernel.Server;

/// <summary>
/// Runs one execute_request: execute_input, live outputs, the outputs the backend only returned at
/// the end, and the execute_reply content. Owns the execution count, which (unlike the engine's own
/// counter) only advances for requests with store_history, as the protocol specifies.
/// </summary>
internal sealed class CellExecutor
{
    private readonly IKernelBackend _backend;
    private readonly MessageFactory _factory;
    private readonly Outbox _outbox;
    private int _executionCount;

    public CellExecutor(IKernelBackend backend, MessageFactory factory, Outbox outbox)
    {
        _backend = backend;
        _factory = factory;
        _outbox = outbox;
    }

    public int ExecutionCount => Volatile.Read(ref _executionCount);

    public ExecuteOutcome Run(JupyterMessage request, CancellationToken cancellationToken)
    {
        var code = request.ContentString("code");
        var silent = request.ContentBool("silent", false);
        var storeHistory = !silent && request.ContentBool("store_history", true);
        if (storeHistory)
        {
            Interlocked.Increment(ref _executionCount);
        }

        var count = ExecutionCount;
        if (!silent)
        {
            Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        }

        var tracker = new PublishedOutputs(output => PublishOutput(request, output, count, silent));
        var result = RunBackend(code, tracker.PublishLive, cancellationToken);
        foreach (var output in result.Outputs)
        {
            tracker.PublishFinal(output);
        }

        if (result.Success)
        {
            return new ExecuteOutcome(false, new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = count,
                ["user_expressions"] = new JsonObject(),
                ["payload"] = new JsonArray(),
            });
        }

        var error = result.Outputs.OfType<KernelErrorOutput>().LastOrDefault();
        if (error is null)
        {
            // The backend reported failure without saying why; the user must still see that the cell failed.
            error = new KernelErrorOutput("Error", "The cell failed without an error message.", []);
            tracker.PublishFinal(error);
        }

        return new ExecuteOutcome(true, new JsonObject
        {
            ["status"] = "error",
            ["execution_count"] = count,
            ["ename"] = error.Name,
            ["evalue"] = error.Value,
            ["traceback"] = Traceback(error),
        });
    }

    private KernelExecutionResult RunBackend(string code, Action<KernelOutput> onOutput, CancellationToken cancellationToken)
    {
        try
        {
            return _backend.ExecuteAsync(code, onOutput, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var lines = ex.ToString().Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
            return new KernelExecutionResult(false, [new KernelErrorOutput(ex.GetType().Name, ex.Message, lines)]);
        }
    }

    private void PublishOutput(JupyterMessage request, KernelOutput output, int count, bool silent)
    {
        switch (output)
        {
            case KernelStreamOutput stream:
                Publish(request, "stream", new JsonObject { ["name"] = stream.Name, ["text"] = stream.Text });
                break;
            case KernelDisplayOutput display:
                Publish(request, "display_data", new JsonObject
                {
                    ["data"] = MimeJson.ToData(display.Data),
                    ["metadata"] = new JsonObject(),
                    ["transient"] = new JsonObject(),
                });
                break;
            case KernelResultOutput result when !silent:
                Publish(request, "execute_result", new JsonObject
                {
                    ["execution_count"] = count,
                    ["data"] = MimeJson.ToData(result.Data),
                    ["metadata"] = new JsonObject(),
                });
                break;
            case KernelErrorOutput error:
                Publish(request, "error", new JsonObject
                {
                    ["ename"] = error.Name,
                    ["evalue"] = error.Value,
                    ["traceback"] = Traceback(error),
                });
                break;
        }
    }

    private static JsonArray Traceback(KernelErrorOutput error)
    {
        var lines = new JsonArray();
        foreach (var line in error.Traceback)
        {
            lines.Add(line);
        }

        return lines;
    }

    private void Publish(JupyterMessage parent, string msgType, JsonObject content) =>
        _outbox.Send(KernelChannel.IoPub, _factory.Broadcast(parent, msgType, content));
}

/// <summary>The execute_reply content and whether the cell failed (which may abort the queue).</summary>
internal sealed record ExecuteOutcome(bool Failed, JsonObject ReplyContent);
