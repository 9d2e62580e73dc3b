using Analysis.Notebooks.Execution;

namespace Analysis.Kernel.Backend;

/// <summary>
/// Adapts the headless runner's <see cref="ScriptEngine"/> to the kernel, so a cell behaves the same
/// (same display formatting, same errors) in Jupyter as in <c>analysis run</c>.
/// </summary>
public sealed class ScriptEngineBackend : IKernelBackend
{
    private readonly ScriptEngine _engine;

    /// <summary>Wraps an engine; the backend owns it and disposes it.</summary>
    public ScriptEngineBackend(ScriptEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
    }

    /// <summary>A backend over a new engine rooted at the current directory (where Jupyter starts the kernel: the notebook's folder).</summary>
    public static IKernelBackend Create() => new ScriptEngineBackend(new ScriptEngine(new EngineOptions()));

    /// <inheritdoc />
    public async Task<KernelExecutionResult> ExecuteAsync(string code, Action<KernelOutput> onOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(onOutput);

        // The engine reports each output object once live and again in the result; map each object once
        // so the kernel (which de-duplicates by reference) sees the same KernelOutput both times.
        var mapped = new Dictionary<CellOutput, KernelOutput>(ReferenceEqualityComparer.Instance);
        var gate = new Lock();
        KernelOutput Map(CellOutput output)
        {
            lock (gate)
            {
                if (!mapped.TryGetValue(output, out var converted))
                {
                    converted = Convert(output);
                    mapped.Add(output, converted);
                }

                return converted;
            }
        }

        var result = await _engine.ExecuteAsync(code, new Sink(output => onOutput(Map(output))), cancellationToken).ConfigureAwait(false);
        return new KernelExecutionResult(result.Success, result.Outputs.Select(Map).ToArray());
    }

    /// <inheritdoc />
    public void Interrupt() => _engine.Interrupt();

    /// <inheritdoc />
    public KernelCodeCompleteness IsComplete(string code) => _engine.IsComplete(code) switch
    {
        IsCompleteStatus.Complete => KernelCodeCompleteness.Complete,
        IsCompleteStatus.Incomplete => KernelCodeCompleteness.Incomplete,
        IsCompleteStatus.Invalid => KernelCodeCompleteness.Invalid,
        _ => KernelCodeCompleteness.Unknown,
    };

    /// <inheritdoc />
    public async Task<KernelCompletion> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        var result = await _engine.CompleteAsync(code, cursorPosition, cancellationToken).ConfigureAwait(false);
        return new KernelCompletion(result.Matches, result.CursorStart, result.CursorEnd);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>?> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken)
    {
        var result = await _engine.InspectAsync(code, cursorPosition, detailLevel, cancellationToken).ConfigureAwait(false);
        return result?.Data;
    }

    /// <inheritdoc />
    public void Dispose() => _engine.Dispose();

    private static KernelOutput Convert(CellOutput output) => output switch
    {
        StreamOutput stream => new KernelStreamOutput(stream.Name, stream.Text),
        DisplayDataOutput display => new KernelDisplayOutput(display.Data),
        ExecuteResultOutput result => new KernelResultOutput(result.Data),
        ErrorOutput error => new KernelErrorOutput(error.EName, error.EValue, error.Traceback),
        _ => throw new NotSupportedException($"Unknown cell output type {output.GetType().Name}."),
    };

    private sealed class Sink(Action<CellOutput> write) : IOutputSink
    {
        public void Write(CellOutput output) => write(output);
    }
}
