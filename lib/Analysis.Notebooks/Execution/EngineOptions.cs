namespace Analysis.Notebooks.Execution;

/// <summary>Settings of a <see cref="ScriptEngine"/>; every property is optional.</summary>
public sealed record EngineOptions
{
    /// <summary>Folder against which relative <c>#r</c>/<c>#load</c> paths resolve; defaults to the current directory.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Extra assembly paths referenced by every cell (relative paths resolve against <see cref="WorkingDirectory"/>).</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Extra namespaces imported by every cell, in addition to the defaults.</summary>
    public IReadOnlyList<string> Usings { get; init; } = [];

    /// <summary>Per-cell timeout; <c>null</c> means a cell may run for ever (until interrupted).</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>
    /// How long <see cref="ScriptEngine.ExecuteAsync(string, IOutputSink?, CancellationToken, string?)"/> waits for an
    /// interrupted cell to stop on its own before it gives up on it and reports the interruption anyway.
    /// </summary>
    public TimeSpan InterruptGracePeriod { get; init; } = TimeSpan.FromSeconds(3);
}
