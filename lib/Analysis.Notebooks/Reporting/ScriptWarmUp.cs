using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Reporting;

/// <summary>
/// Compiles and runs one throw-away cell that touches what the notebooks use (corpus, charts, display formatting),
/// so Roslyn's first compilation and the JIT of the scripting and formatting paths happen while something else
/// (extraction) runs, instead of inside the first notebook.
/// </summary>
internal static class ScriptWarmUp
{
    private const string Cell = """
        var warm = Analysis.Corpus.IsTableFolder(".") ? "tables" : "articles";
        Analysis.Charts.Chart.Bar(new[] { warm }, new[] { 1 })
        """;

    public static Task StartAsync(string workingDirectory, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        try
        {
            using var engine = new ScriptEngine(new EngineOptions { WorkingDirectory = workingDirectory });
            await engine.ExecuteAsync(Cell, sink: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only a head start: a real problem shows up, and is reported, when the notebooks run.
        }
    }, cancellationToken);
}
