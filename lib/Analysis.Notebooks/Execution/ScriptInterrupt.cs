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

    /// <summary>The token observed by <see cref="Check"/> in the current execution flow.</summary>
    public static CancellationToken Token => Current.Value;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell has been interrupted.</summary>
    public static void Check() => Current.Value.ThrowIfCancellationRequested();

    /// <summary>Sets the token for the current execution flow (the engine calls this on the cell's thread).</summary>
    internal static void Set(CancellationToken token) => Current.Value = token;
}
