using System.Globalization;
using Analysis.Notebooks.Formatting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// A stateful C# notebook session on Roslyn scripting: each cell continues from the state the previous successful
/// cell left (variables, types, usings, references). Cells run one at a time, each on its own thread so an
/// interrupt can also wake blocking waits.
/// </summary>
public sealed partial class ScriptEngine : IDisposable
{
    private readonly EngineOptions _options;
    private readonly ScriptOptions _scriptOptions;
    private readonly ScriptGlobals _globals;
    private readonly DisplayFormatter _formatter = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _stateLock = new();
    private ScriptState<object>? _state;
    private CellRun? _running;
    private int _executionCount;
    private bool _disposed;

    /// <summary>Creates a session; nothing is compiled until the first cell runs.</summary>
    public ScriptEngine(EngineOptions? options = null)
    {
        _options = options ?? new EngineOptions();
        _scriptOptions = ScriptOptionsFactory.Create(_options);
        _globals = new ScriptGlobals(_formatter, Path.GetFullPath(_options.WorkingDirectory));
        ConsoleRouter.Install();
    }

    /// <summary>The number of <see cref="ExecuteAsync(string, IOutputSink?, CancellationToken, string?)"/> calls so far.</summary>
    public int ExecutionCount => Volatile.Read(ref _executionCount);

    /// <summary>The formatter this session renders values with (charts inline plotly.js once per session).</summary>
    public DisplayFormatter Formatter => _formatter;

    /// <summary>
    /// Runs one cell. Streams and <c>display</c> outputs reach <paramref name="sink"/> live; the result holds every
    /// output in order. Failures (compile errors, exceptions, interrupts, timeouts) are results, not exceptions.
    /// </summary>
    /// <param name="code">The cell's C# code (script syntax; a final expression without <c>;</c> is the result).</param>
    /// <param name="sink">Receives outputs while the cell runs.</param>
    /// <param name="cancellationToken">Cancels the cell like <see cref="Interrupt"/>.</param>
    /// <param name="cellLabel">How errors name the cell; defaults to <c>Cell [n]</c> with n the execution count.</param>
    public async Task<ExecutionResult> ExecuteAsync(
        string code, IOutputSink? sink = null, CancellationToken cancellationToken = default, string? cellLabel = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var count = Interlocked.Increment(ref _executionCount);
            var label = cellLabel ?? "Cell [" + count.ToString(CultureInfo.InvariantCulture) + "]";
            using var run = new CellRun(label, count, new OutputCollector(sink), _options.CellTimeout, cancellationToken);
            lock (_stateLock)
            {
                _running = run;
            }
            try
            {
                return await RunAsync(code, run).ConfigureAwait(false);
            }
            finally
            {
                lock (_stateLock)
                {
                    _running = null;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the running cell, even a tight loop; it ends with an <c>OperationCanceledException</c> error.
    /// Does nothing when no cell is running.</summary>
    public void Interrupt()
    {
        CellRun? run;
        lock (_stateLock)
        {
            run = _running;
        }
        run?.Cancel(CellStop.Interrupted);
    }

    /// <summary>Interrupts any running cell and releases the session.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Interrupt();
    }

    private async Task<ExecutionResult> RunAsync(string code, CellRun run)
    {
        var thread = new Thread(() => RunOnCellThread(code, run), maxStackSize: 16 * 1024 * 1024)
        {
            IsBackground = true, // an abandoned runaway cell must not keep the process alive
            Name = "notebook " + run.Label,
        };
        thread.Start();

        var finished = run.Completion.Task;
        await Task.WhenAny(finished, run.StopRequested).ConfigureAwait(false);
        if (!finished.IsCompleted)
        {
            // Cooperative checks stop loops quickly; only a cell stuck in a blocking wait needs Thread.Interrupt.
            await Task.WhenAny(finished, Task.Delay(TimeSpan.FromMilliseconds(200))).ConfigureAwait(false);
            if (!finished.IsCompleted)
            {
                thread.Interrupt();
                await Task.WhenAny(finished, Task.Delay(_options.InterruptGracePeriod)).ConfigureAwait(false);
            }
        }

        if (finished.IsCompleted)
        {
            var (success, newState) = await finished.ConfigureAwait(false);
            if (newState is not null)
            {
                lock (_stateLock)
                {
                    _state = newState;
                }
            }
            return new ExecutionResult(success, run.Collector.Close());
        }

        // The cell ignored every request to stop (native code, a spin without calls into our checks). Give up on
        // it: its thread is abandoned and the session continues from the state before this cell.
        run.Collector.Add(run.StopError());
        return new ExecutionResult(false, run.Collector.Close());
    }

    private void RunOnCellThread(string code, CellRun run)
    {
        ConsoleRouter.Route(run.Collector);
        ScriptInterrupt.Set(run.Token);
        try
        {
            var outcome = ExecuteCell(code, run).GetAwaiter().GetResult();
            run.Completion.TrySetResult(outcome);
        }
        catch (Exception exception) when (run.IsStopping && exception is OperationCanceledException or ThreadInterruptedException)
        {
            run.Collector.Add(run.StopError());
            run.Completion.TrySetResult((false, null));
        }
        catch (Exception exception)
        {
            run.Collector.Add(CellErrors.FromException(run.Label, exception));
            run.Completion.TrySetResult((false, null));
        }
        finally
        {
            ConsoleRouter.Route(null);
            // Stopping after this point only races with a finished cell; the flag keeps the counter balanced.
            run.ThreadFinished();
        }
    }

    private async Task<(bool Success, ScriptState<object>? State)> ExecuteCell(string code, CellRun run)
    {
        var previous = CurrentState;
        var script = CreateScript(InterruptRewriter.Rewrite(code), previous, run.Count);
        var diagnostics = script.Compile(run.Token);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Report positions in the user's code, not in the rewritten one (rewriting shifts columns).
            var original = CreateScript(code, previous, run.Count).Compile(run.Token);
            var errors = original.Any(d => d.Severity == DiagnosticSeverity.Error) ? original : diagnostics;
            run.Collector.Add(CellErrors.FromDiagnostics(run.Label, errors));
            return (false, null);
        }

        run.StartTimeout();
        var state = previous is null
            ? await script.RunAsync(_globals, _ => true, run.Token).ConfigureAwait(false)
            : await script.RunFromAsync(previous, _ => true, run.Token).ConfigureAwait(false);

        if (state.Exception is { } exception)
        {
            var stopped = run.IsStopping && exception is OperationCanceledException or ThreadInterruptedException;
            run.Collector.Add(stopped ? run.StopError() : CellErrors.FromException(run.Label, exception));
            // Keep what the cell defined before it failed, as .NET Interactive does.
            return (false, state);
        }

        if (EndsWithExpression(code) && state.ReturnValue is not null)
        {
            run.Collector.Add(new ExecuteResultOutput(_formatter.Format(state.ReturnValue)));
        }
        return (true, state);
    }

    private ScriptState<object>? CurrentState
    {
        get
        {
            lock (_stateLock)
            {
                return _state;
            }
        }
    }

    private Script<object> CreateScript(string code, ScriptState<object>? previous, int count)
    {
        // A per-cell file path under the working directory: #load resolves relative to it, and stack traces name
        // it (CellErrors maps it back to the cell label).
        var path = Path.Combine(_globals.WorkingDirectory, count.ToString(CultureInfo.InvariantCulture) + CellErrors.CellFileSuffix);
        var options = _scriptOptions.WithFilePath(path);
        return previous is null
            ? CSharpScript.Create<object>(code, options, typeof(ScriptGlobals))
            : previous.Script.ContinueWith<object>(code, options);
    }

    /// <summary>True when the submission's last statement is an expression without a semicolon.</summary>
    internal static bool EndsWithExpression(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, InterruptRewriter.ScriptParseOptions).GetCompilationUnitRoot();
        return root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            && statement.SemicolonToken.IsMissing;
    }
}
