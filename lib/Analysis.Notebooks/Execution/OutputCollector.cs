using System.Text;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Collects the outputs of one running cell: buffers stream text into whole lines, forwards outputs to the live sink
/// and keeps them in order for the <see cref="ExecutionResult"/>. Thread-safe, because cell code may write from
/// worker threads.
/// </summary>
internal sealed class OutputCollector(IOutputSink? sink)
{
    private readonly Lock _gate = new();
    private readonly List<CellOutput> _outputs = [];
    private readonly StringBuilder _pending = new();
    private string? _pendingStream;
    private bool _closed;

    /// <summary>Appends stream text; complete lines are emitted at once, a trailing partial line waits.</summary>
    public void WriteStream(string name, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }
            if (_pendingStream is not null && _pendingStream != name)
            {
                FlushPending();
            }
            _pendingStream = name;
            // Only the new text can hold a newline (the pending text has none): a long line written in many
            // pieces is then not rescanned at every piece.
            var lastNewline = text.LastIndexOf('\n');
            if (lastNewline < 0)
            {
                _pending.Append(text);
                return;
            }
            var complete = _pending.Append(text, 0, lastNewline + 1).ToString();
            _pending.Clear().Append(text, lastNewline + 1, text.Length - lastNewline - 1);
            Emit(new StreamOutput(name, complete));
        }
    }

    /// <summary>Adds a non-stream output (display data, result, error), after any pending stream text.</summary>
    public void Add(CellOutput output)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }
            FlushPending();
            Emit(output);
        }
    }

    /// <summary>Flushes pending text, stops accepting output (late writes of an abandoned cell are dropped) and
    /// returns the outputs, with adjacent chunks of the same stream merged as Jupyter front ends show them.</summary>
    public IReadOnlyList<CellOutput> Close()
    {
        lock (_gate)
        {
            FlushPending();
            _closed = true;
            return Merge(_outputs);
        }
    }

    /// <summary>Merges adjacent stream outputs of the same stream (each run joined once, so a cell that prints a
    /// million lines is merged in linear time).</summary>
    public static IReadOnlyList<CellOutput> Merge(IEnumerable<CellOutput> outputs)
    {
        var merged = new List<CellOutput>();
        var run = new List<StreamOutput>();
        foreach (var output in outputs)
        {
            if (output is StreamOutput stream && (run.Count == 0 || run[0].Name == stream.Name))
            {
                run.Add(stream);
                continue;
            }
            EndRun(merged, run);
            if (output is StreamOutput next)
            {
                run.Add(next);
            }
            else
            {
                merged.Add(output);
            }
        }
        EndRun(merged, run);
        return merged;
    }

    private static void EndRun(List<CellOutput> merged, List<StreamOutput> run)
    {
        if (run.Count > 0)
        {
            merged.Add(run.Count == 1 ? run[0] : run[0] with { Text = string.Concat(run.Select(s => s.Text)) });
        }
        run.Clear();
    }

    private void FlushPending()
    {
        if (_pendingStream is not null && _pending.Length > 0)
        {
            Emit(new StreamOutput(_pendingStream, _pending.ToString()));
        }
        _pending.Clear();
        _pendingStream = null;
    }

    private void Emit(CellOutput output)
    {
        _outputs.Add(output);
        // A faulty sink must not kill the cell, nor lose the output from the final result.
        try
        {
            sink?.Write(output);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _outputs.Add(new StreamOutput(StreamOutput.StdErr, $"output sink failed: {exception.Message}\n"));
        }
    }
}
