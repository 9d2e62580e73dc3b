namespace Analysis.Frames;

/// <summary>
/// Options for <see cref="DataFrame.ReadCsv(string, CsvReadOptions?)"/>. Start from <see cref="Default"/> and refine:
/// <c>CsvReadOptions.Default.WithColumnType("id", typeof(string))</c>.
/// </summary>
public sealed record CsvReadOptions
{
    /// <summary>Comma-separated, header row, type inference on.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>The field separator (default <c>,</c>).</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>
    /// Whether to infer column types (long → double → bool → DateOnly → DateTime → string). When false every column
    /// is a string column (columns in <see cref="ColumnTypes"/> still get their type).
    /// </summary>
    public bool InferTypes { get; init; } = true;

    /// <summary>
    /// Whether a quoted field counts as text for type inference (default true). Quoting is how the writer marks
    /// strings that look like numbers or dates ("007", "2024"), which makes write → read round-trips exact;
    /// set false for files that quote every field.
    /// </summary>
    public bool QuotedValuesAreText { get; init; } = true;

    /// <summary>Forced types by column name (string, long, double, bool, DateOnly or DateTime).</summary>
    public IReadOnlyDictionary<string, Type> ColumnTypes { get; init; } = new Dictionary<string, Type>(StringComparer.Ordinal);

    /// <summary>The name used in error messages when reading from a <see cref="TextReader"/> (default "CSV").</summary>
    public string? SourceName { get; init; }

    /// <summary>These options with the type of <paramref name="column"/> forced to <paramref name="type"/>.</summary>
    /// <param name="column">The column name as in the header.</param>
    /// <param name="type">string, long, double, bool, DateOnly or DateTime.</param>
    public CsvReadOptions WithColumnType(string column, Type type)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(type);
        if (!Internal.ColumnTypes.IsSupported(type))
        {
            throw new ArgumentException(
                $"Column '{column}': {type} is not a column type. Supported types: {Internal.ColumnTypes.SupportedList}.", nameof(type));
        }

        var types = new Dictionary<string, Type>(ColumnTypes, StringComparer.Ordinal) { [column] = type };
        return this with { ColumnTypes = types };
    }

    /// <summary>These options with type inference off: every column not forced otherwise is read as text.</summary>
    public CsvReadOptions AsText() => this with { InferTypes = false };
}
