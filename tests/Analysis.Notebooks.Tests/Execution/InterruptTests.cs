using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class InterruptTests
{
    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("while (true) ;")]
    [InlineData("for (;;) { }")]
    [InlineData("var n = 0; do n++; while (n >= 0 || true);")]
    [InlineData("void Spin() { while (true) { } } Spin();")]
    [InlineData("Action spin = () => { for (;;) { } }; spin();")]
    [InlineData("Thread.Sleep(Timeout.Infinite);")]
    [InlineData("new ManualResetEventSlim().Wait();")]
    public async Task Interrupt_stops_a_running_cell(string code)
    {
        using var engine = new ScriptEngine();
        await engine.ExecuteAsync("var ready = 1;"); // compile warm-up, so the loop below really starts
        var sink = new SignalSink();
        var running = engine.ExecuteAsync("Console.WriteLine(\"started\");\n" + code, sink);
        await sink.FirstOutput;

        engine.Interrupt();
        var result = await running;

        Assert.False(result.Success);
        var error = Assert.IsType<ErrorOutput>(result.Outputs[^1]);
        Assert.Equal("OperationCanceledException", error.EName);
        Assert.StartsWith("Cell [2]", error.Traceback[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_stops_a_tight_loop_and_the_session_goes_on()
    {
        using var engine = new ScriptEngine(new EngineOptions { CellTimeout = TimeSpan.FromMilliseconds(300) });
        await engine.ExecuteAsync("var before = 41;");

        var result = await engine.ExecuteAsync("while (true) { }");
        var after = await engine.ExecuteAsync("before + 1");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("TimeoutException", error.EName);
        Assert.True(after.Success, string.Join("\n", after.Outputs));
        Assert.Contains("0.3 s", error.EValue, StringComparison.Ordinal);
        Assert.Equal("42", ScriptEngineTests.PlainResult(after));
    }

    [Fact]
    public async Task Caller_cancellation_interrupts_the_cell()
    {
        using var engine = new ScriptEngine();
        using var cancellation = new CancellationTokenSource();
        var sink = new SignalSink();
        var running = engine.ExecuteAsync("Console.WriteLine(\"go\"); while (true) { }", sink, cancellation.Token);
        await sink.FirstOutput;

        await cancellation.CancelAsync();
        var result = await running;

        Assert.Equal("OperationCanceledException", result.Error?.EName);
    }

    [Fact]
    public async Task Interrupt_without_a_running_cell_does_nothing()
    {
        using var engine = new ScriptEngine();
        engine.Interrupt();
        var result = await engine.ExecuteAsync("1");

        Assert.True(result.Success);
    }

    [Fact]
    public void Rewriter_guards_loops_and_bodies_without_moving_lines()
    {
        const string Code = "int F(int x)\n{\n    while (x > 0)\n        x--;\n    return x;\n}\nvar f = (int y) => { return y; };\nforeach (var i in new[] { 1 }) F(i);";

        var rewritten = InterruptRewriter.Rewrite(Code);

        Assert.Equal(Code.Split('\n').Length, rewritten.Split('\n').Length);
        Assert.Equal(4, CountOf(rewritten, "ScriptInterrupt.Check();"));
        Assert.Contains("{global::Analysis.Notebooks.Execution.ScriptInterrupt.Check(); return y; }", rewritten, StringComparison.Ordinal);
        Assert.Contains("{global::Analysis.Notebooks.Execution.ScriptInterrupt.Check();\n    while (x > 0)\n", rewritten, StringComparison.Ordinal);
        Assert.Contains("foreach (var i in new[] { 1 }) {global::Analysis.Notebooks.Execution.ScriptInterrupt.Check();F(i);}", rewritten, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    /// <summary>Signals when the cell's first output arrives, i.e. when it is certainly running.</summary>
    private sealed class SignalSink : IOutputSink
    {
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstOutput => _first.Task;

        public void Write(CellOutput output) => _first.TrySetResult();
    }
}
