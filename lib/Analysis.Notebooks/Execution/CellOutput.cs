namespace Analysis.Notebooks.Execution;

/// <summary>One output of a cell, shaped like an nbformat output.</summary>
public abstract record CellOutput;

/// <summary>Text written to a stream while a cell runs.</summary>
/// <param name="Name"><c>"stdout"</c> or <c>"stderr"</c>.</param>
/// <param name="Text">The text written, newlines included.</param>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    /// <summary>The standard output stream name.</summary>
    public const string StdOut = "stdout";

    /// <summary>The standard error stream name.</summary>
    public const string StdErr = "stderr";
}

/// <summary>A value shown explicitly with <c>display(…)</c> while the cell runs.</summary>
/// <param name="Data">The value rendered in one or more mime types.</param>
public sealed record DisplayDataOutput(MimeBundle Data) : CellOutput;

/// <summary>The value of the expression a cell ends with.</summary>
/// <param name="Data">The value rendered in one or more mime types.</param>
public sealed record ExecuteResultOutput(MimeBundle Data) : CellOutput;

/// <summary>A failed cell: an exception, a compile error, an interrupt or a timeout.</summary>
/// <param name="EName">The error name (exception type name, <c>CompilationError</c>, …).</param>
/// <param name="EValue">The error message.</param>
/// <param name="Traceback">Lines explaining the error; the first names the cell.</param>
public sealed record ErrorOutput(string EName, string EValue, IReadOnlyList<string> Traceback) : CellOutput
{
    /// <summary>Value equality including the traceback lines (records compare lists by reference otherwise).</summary>
    public bool Equals(ErrorOutput? other) =>
        other is not null && EName == other.EName && EValue == other.EValue && Traceback.SequenceEqual(other.Traceback);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EName, EValue, Traceback.Count);
}
