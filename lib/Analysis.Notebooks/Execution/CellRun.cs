namespace Analysis.Notebooks.Execution;

/// <summary>Why a running cell was asked to stop.</summary>
internal enum CellStop
{
    None,
    Interrupted,
    TimedOut,
}

/// <summary>The bookkeeping of one running cell: its outputs, its cancellation and how it finished.</summary>
internal sealed class CellRun : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly CancellationTokenSource? _timeout;
    private readonly CancellationTokenRegistration _callerRegistration;
    private readonly TaskCompletionSource _stopRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeSpan? _timeoutValue;
    private readonly Lock _gate = new();
    private int _stop;
    private bool _threadFinished;

    public CellRun(string label, int count, OutputCollector collector, TimeSpan? timeout, CancellationToken callerToken)
    {
        Label = label;
        Count = count;
        Collector = collector;
        _timeoutValue = timeout;
        if (timeout is not null)
        {
            _timeout = new CancellationTokenSource();
            _timeout.Token.Register(() => Cancel(CellStop.TimedOut));
        }
        _callerRegistration = callerToken.Register(() => Cancel(CellStop.Interrupted));
    }

    public string Label { get; }

    public int Count { get; }

    public OutputCollector Collector { get; }

    /// <summary>Completes with the cell's success and the state to continue from (null: keep the previous one).</summary>
    public TaskCompletionSource<(bool Success, Microsoft.CodeAnalysis.Scripting.ScriptState<object>? State)> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The token the cell's injected checks observe.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Completes when the cell is asked to stop.</summary>
    public Task StopRequested => _stopRequested.Task;

    public bool IsStopping => Volatile.Read(ref _stop) != (int)CellStop.None;

    /// <summary>Asks the cell to stop; the first reason wins.</summary>
    public void Cancel(CellStop reason)
    {
        lock (_gate)
        {
            if (_stop != (int)CellStop.None || _threadFinished)
            {
                return;
            }
            Volatile.Write(ref _stop, (int)reason);
            ScriptInterrupt.StopRequested();
        }
        _cancellation.Cancel();
        _stopRequested.TrySetResult();
    }

    /// <summary>Called by the cell's thread when it ends, however it ends.</summary>
    public void ThreadFinished()
    {
        lock (_gate)
        {
            _threadFinished = true;
            if (IsStopping)
            {
                ScriptInterrupt.StopCompleted();
            }
        }
    }

    /// <summary>Starts the timeout clock. Called when the compiled cell starts running: compiling is engine work,
    /// and on a busy machine it alone could exceed a short timeout.</summary>
    public void StartTimeout()
    {
        if (_timeoutValue is { } timeout)
        {
            _timeout?.CancelAfter(timeout);
        }
    }

    /// <summary>The error describing why the cell stopped.</summary>
    public ErrorOutput StopError() => (CellStop)Volatile.Read(ref _stop) == CellStop.TimedOut && _timeoutValue is { } timeout
        ? CellErrors.TimedOut(Label, timeout)
        : CellErrors.Interrupted(Label);

    public void Dispose()
    {
        _callerRegistration.Dispose();
        _timeout?.Dispose();
        // The token source is not disposed: an abandoned cell thread may still be polling its token.
    }
}
