namespace Analysis.Frames;

/// <summary>Malformed CSV input; the message names the source and the line.</summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file path or source name.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="problem">What is wrong.</param>
    public CsvFormatException(string source, int line, string problem)
        : base($"{source}, line {line}: {problem}")
    {
        SourceName = source;
        Line = line;
    }

    /// <summary>The file path or source name.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }
}
