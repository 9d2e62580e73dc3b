namespace Analysis.Kernel.Backend;

/// <summary>
/// What the kernel needs from an execution engine. The protocol layer talks only to this, so it
/// can be driven by a fake in tests and by the Roslyn script engine in production.
/// Positions are UTF-16 indices into the code string (the kernel converts from the protocol's code points).
/// </summary>
public interface IKernelBackend : IDisposable
{
    /// <summary>
    /// Runs one cell. <paramref name="onOutput"/> may be called live from any thread; the result lists
    /// every output of the cell in order, including those already reported live.
    /// </summary>
    Task<KernelExecutionResult> ExecuteAsync(string code, Action<KernelOutput> onOutput, CancellationToken cancellationToken);

    /// <summary>Stops the running cell, if any; safe to call from another thread at any time.</summary>
    void Interrupt();

    /// <summary>Whether the code is ready to run as typed (used by consoles to decide Enter vs. newline).</summary>
    KernelCodeCompleteness IsComplete(string code);

    /// <summary>Completion candidates at a cursor position.</summary>
    Task<KernelCompletion> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken);

    /// <summary>Documentation for the symbol at the cursor as a mime bundle, or null when there is none.</summary>
    Task<IReadOnlyDictionary<string, string>?> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken);
}
