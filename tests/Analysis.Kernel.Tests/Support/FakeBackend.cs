using Analysis.Kernel.Backend;

namespace Analysis.Kernel.Tests.Support;

/// <summary>A scripted backend: each test states what a cell does; calls are recorded.</summary>
internal sealed class FakeBackend : IKernelBackend
{
    public Func<string, Action<KernelOutput>, KernelExecutionResult> Execute { get; set; } =
        (_, _) => new KernelExecutionResult(true, []);

    public KernelCodeCompleteness Completeness { get; set; } = KernelCodeCompleteness.Complete;

    public Func<string, int, KernelCompletion> Complete { get; set; } = (_, cursor) => new KernelCompletion([], cursor, cursor);

    public IReadOnlyDictionary<string, string>? Inspection { get; set; }

    public List<string> ExecutedCode { get; } = [];

    public List<(string Code, int Cursor)> CompletionRequests { get; } = [];

    public int InterruptCount { get; private set; }

    public Task<KernelExecutionResult> ExecuteAsync(string code, Action<KernelOutput> onOutput, CancellationToken cancellationToken)
    {
        ExecutedCode.Add(code);
        return Task.FromResult(Execute(code, onOutput));
    }

    public void Interrupt() => InterruptCount++;

    public KernelCodeCompleteness IsComplete(string code) => Completeness;

    public Task<KernelCompletion> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        CompletionRequests.Add((code, cursorPosition));
        return Task.FromResult(Complete(code, cursorPosition));
    }

    public Task<IReadOnlyDictionary<string, string>?> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken) =>
        Task.FromResult(Inspection);

    public void Dispose()
    {
    }

    /// <summary>A cell that prints, then returns a plain-text value, reporting both live and in the result.</summary>
    public static KernelExecutionResult PrintAndReturn(Action<KernelOutput> onOutput, string printed, string value)
    {
        var stream = new KernelStreamOutput("stdout", printed);
        onOutput(stream);
        return new KernelExecutionResult(true, [stream, new KernelResultOutput(new Dictionary<string, string> { ["text/plain"] = value })]);
    }

    public static KernelExecutionResult Fail(string name, string value) =>
        new(false, [new KernelErrorOutput(name, value, [$"{name}: {value}", "   at Cell 1"])]);
}
