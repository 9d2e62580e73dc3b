using Analysis.Frames.Internal;

namespace Analysis.Frames;

/// <summary>
/// An immutable, named, typed column of a <see cref="DataFrame"/>. Element types are limited to
/// <c>string</c>, <c>long</c>, <c>double</c>, <c>bool</c>, <see cref="DateOnly"/> and <see cref="DateTime"/>;
/// any cell may be missing. Use <see cref="DataColumn{T}"/> for typed access.
/// </summary>
public abstract class DataColumn
{
    private protected DataColumn(string name, int length)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Length = length;
    }

    /// <summary>The column name (unique within a frame, case-sensitive).</summary>
    public string Name { get; }

    /// <summary>The element type: one of string, long, double, bool, DateOnly, DateTime.</summary>
    public abstract Type DataType { get; }

    /// <summary>The number of cells.</summary>
    public int Length { get; }

    /// <summary>The number of missing cells.</summary>
    public abstract int MissingCount { get; }

    /// <summary>The boxed value of a cell, or <c>null</c> when it is missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    public object? this[int row] => IsMissing(CheckRow(row)) ? null : GetBoxed(row);

    /// <summary>Whether the cell at <paramref name="row"/> is missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    public abstract bool IsMissing(int row);

    /// <summary>
    /// Returns this column as <see cref="DataColumn{T}"/>, or throws an <see cref="InvalidCastException"/>
    /// that names the column and its actual type.
    /// </summary>
    /// <typeparam name="T">The expected element type.</typeparam>
    public DataColumn<T> As<T>() =>
        this as DataColumn<T> ?? throw new InvalidCastException(
            $"Column '{Name}' holds {ColumnTypes.DisplayName(DataType)} values, not {typeof(T).Name}.");

    /// <summary>Returns a column with the same values under another name.</summary>
    /// <param name="name">The new name.</param>
    public DataColumn Rename(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return WithName(name);
    }

    /// <summary>A short description: name, type and length.</summary>
    public override string ToString() => $"{Name} ({ColumnTypes.DisplayName(DataType)}, {Length} rows)";

    /// <summary>
    /// Creates a column of a supported element type; <c>null</c> values become missing cells.
    /// For value types use the overload taking nullable values (<c>long?</c>, <c>double?</c>, …) to express missing cells.
    /// </summary>
    /// <typeparam name="T">string, long, double, bool, DateOnly or DateTime.</typeparam>
    /// <param name="name">The column name.</param>
    /// <param name="values">The cell values.</param>
    public static DataColumn<T> Create<T>(string name, IEnumerable<T?> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if (!ColumnTypes.IsSupported(typeof(T)))
        {
            throw new ArgumentException(
                $"Column '{name}': {typeof(T)} is not a column type. Supported types: {ColumnTypes.SupportedList} " +
                "(use DataFrame.AddColumn, which converts int, float, decimal, enums and nullable values).",
                nameof(values));
        }

        return (DataColumn<T>)ColumnFactory.FromValues(name, values);
    }

    /// <summary>Creates a column from nullable values of a supported value type; <c>null</c> becomes a missing cell.</summary>
    /// <typeparam name="T">long, double, bool, DateOnly or DateTime.</typeparam>
    /// <param name="name">The column name.</param>
    /// <param name="values">The cell values.</param>
    public static DataColumn<T> Create<T>(string name, IEnumerable<T?> values)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if (!ColumnTypes.IsSupported(typeof(T)))
        {
            throw new ArgumentException(
                $"Column '{name}': {typeof(T)} is not a column type. Supported types: {ColumnTypes.SupportedList}.",
                nameof(values));
        }

        return (DataColumn<T>)ColumnFactory.FromValues(name, values);
    }

    /// <summary>Creates a <c>long</c> column from <c>int</c> values (ints are widened: frames store integers as long).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The cell values.</param>
    public static DataColumn<long> Create(string name, IEnumerable<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Create<long>(name, values.Select(v => (long)v));
    }

    /// <summary>Creates a <c>long</c> column from nullable <c>int</c> values; <c>null</c> becomes a missing cell.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The cell values.</param>
    public static DataColumn<long> Create(string name, IEnumerable<int?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Create<long>(name, values.Select(v => (long?)v));
    }

    /// <summary>
    /// Creates a column from arbitrary values, inferring the type from the non-null values: integers → long,
    /// any floating point or mix of integers and floats → double, enums → string; otherwise the common supported type,
    /// falling back to string (invariant formatting) when values disagree.
    /// </summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The cell values; <c>null</c> becomes missing.</param>
    public static DataColumn FromObjects(string name, IEnumerable<object?> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        return BoxedColumnBuilder.Build(name, values);
    }

    private int CheckRow(int row)
    {
        if ((uint)row >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"Column '{Name}' has {Length} rows.");
        }

        return row;
    }

    /// <summary>The boxed value of a non-missing cell.</summary>
    internal abstract object GetBoxed(int row);

    internal abstract DataColumn WithName(string name);

    /// <summary>A new column with the cells at <paramref name="rows"/>; a row of -1 yields a missing cell.</summary>
    internal abstract DataColumn Gather(ReadOnlySpan<int> rows);

    internal abstract DataColumn Slice(int start, int length);

    internal abstract RankResult Rank();

    internal abstract bool ContentEquals(DataColumn other);

    /// <summary>The invariant, round-trippable text of a non-missing cell (the CSV form).</summary>
    internal abstract string FormatInvariant(int row);

    /// <summary>A column of <paramref name="length"/> missing cells of this column's type.</summary>
    internal abstract DataColumn EmptyLike(string name, int length);
}
