using System.ComponentModel;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Cooperative cancellation for notebook code. The engine rewrites every cell so that each loop body and each
/// method/lambda body starts with a call to <see cref="Check"/>; that is what lets an interrupt stop even
/// <c>while (true) { }</c>, which no <see cref="CancellationToken"/> passed from outside could reach.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScriptInterrupt
{
    // AsyncLocal so two engines running cells at the same time (kernel + runner in one process) stay independent,
    // and so work the cell starts with Task.Run / Parallel.For observes the same token.
    private static readonly AsyncLocal<CancellationToken> Current = new();

    // The number of cells asked to stop that are still running. Check() runs in every loop iteration of user code,
    // so while nobody is being stopped it costs one volatile read instead of an AsyncLocal lookup.
    private static int _pendingStops;

    /// <summary>The token observed by <see cref="Check"/> in the current execution flow.</summary>
    public static CancellationToken Token => Current.Value;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell has been interrupted.</summary>
    public static void Check()
    {
        if (Volatile.Read(ref _pendingStops) != 0)
        {
            Current.Value.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Called when a cell is asked to stop.</summary>
    internal static void StopRequested() => Interlocked.Increment(ref _pendingStops);

    /// <summary>Called when a cell that was asked to stop has finished.</summary>
    internal static void StopCompleted() => Interlocked.Decrement(ref _pendingStops);

    /// <summary>Sets the token for the current execution flow (the engine calls this on the cell's thread).</summary>
    internal static void Set(CancellationToken token) => Current.Value = token;
}
