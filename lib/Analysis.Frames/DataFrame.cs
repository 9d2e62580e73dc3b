using Analysis.Frames.Internal;

namespace Analysis.Frames;

/// <summary>
/// An immutable, typed, column-oriented table. Every verb (<see cref="Filter(Func{DataRow, bool})"/>,
/// <see cref="SortBy(string, bool)"/>, <see cref="GroupBy"/>, <see cref="Join(DataFrame, string, JoinKind, string)"/>, …)
/// returns a new frame; columns are shared between frames, never copied needlessly, and never mutated.
/// </summary>
public sealed partial class DataFrame : IEquatable<DataFrame>
{
    private readonly DataColumn[] _columns;
    private readonly Dictionary<string, int> _byName;

    private DataFrame(DataColumn[] columns, int rowCount)
    {
        _columns = columns;
        RowCount = rowCount;
        _byName = new Dictionary<string, int>(columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            if (!_byName.TryAdd(columns[i].Name, i))
            {
                throw new ArgumentException($"Duplicate column name '{columns[i].Name}'.", nameof(columns));
            }
        }

        ColumnNames = Array.AsReadOnly(columns.Select(c => c.Name).ToArray());
    }

    /// <summary>A frame with no columns and no rows.</summary>
    public static DataFrame Empty { get; } = new([], 0);

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The number of columns.</summary>
    public int ColumnCount => _columns.Length;

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<DataColumn> Columns => _columns;

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>The rows, as lightweight views.</summary>
    public IEnumerable<DataRow> Rows
    {
        get
        {
            for (var i = 0; i < RowCount; i++)
            {
                yield return new DataRow(this, i);
            }
        }
    }

    /// <summary>
    /// The column called <paramref name="name"/>; throws a <see cref="KeyNotFoundException"/> naming it and
    /// listing the available columns.
    /// </summary>
    /// <param name="name">The column name (case-sensitive).</param>
    public DataColumn this[string name] => _columns[IndexOf(name)];

    /// <summary>The column at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based column position.</param>
    public DataColumn this[int index] =>
        (uint)index < (uint)_columns.Length
            ? _columns[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The frame has {_columns.Length} columns.");

    /// <summary>Whether a column called <paramref name="name"/> exists (case-sensitive).</summary>
    /// <param name="name">The column name.</param>
    public bool HasColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.ContainsKey(name);
    }

    /// <summary>The row at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based row index.</param>
    public DataRow Row(int index) =>
        (uint)index < (uint)RowCount
            ? new DataRow(this, index)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The frame has {RowCount} rows.");

    /// <summary>Builds a frame from columns of equal length; names must be unique.</summary>
    /// <param name="columns">The columns, in order.</param>
    public static DataFrame FromColumns(params DataColumn[] columns) => FromColumns((IEnumerable<DataColumn>)columns);

    /// <summary>Builds a frame from columns of equal length; names must be unique.</summary>
    /// <param name="columns">The columns, in order.</param>
    public static DataFrame FromColumns(IEnumerable<DataColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var array = columns.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Column {i} is null.", nameof(columns));
            }

            if (array[i].Length != array[0].Length)
            {
                throw new ArgumentException(
                    $"Columns differ in length: '{array[0].Name}' has {array[0].Length} rows but '{array[i].Name}' has {array[i].Length}.",
                    nameof(columns));
            }
        }

        return new DataFrame(array, array.Length == 0 ? 0 : array[0].Length);
    }

    /// <summary>Whether both frames have the same column names, types and cell values (missing equals missing).</summary>
    /// <param name="other">The frame to compare with.</param>
    public bool Equals(DataFrame? other)
    {
        if (other is null || other.RowCount != RowCount || other._columns.Length != _columns.Length)
        {
            return ReferenceEquals(this, other);
        }

        for (var i = 0; i < _columns.Length; i++)
        {
            if (!_columns[i].ContentEquals(other._columns[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataFrame other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RowCount);
        foreach (var name in ColumnNames)
        {
            hash.Add(name, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    internal int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out var index) ? index : throw UnknownColumn(name);
    }

    internal KeyNotFoundException UnknownColumn(string name)
    {
        var available = _columns.Length == 0 ? "(none)" : string.Join(", ", ColumnNames.Select(n => $"'{n}'"));
        var similar = ColumnNames.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        var hint = similar is null ? string.Empty : $" Did you mean '{similar}'?";
        return new KeyNotFoundException($"Column '{name}' not found.{hint} Available columns: {available}.");
    }

    /// <summary>Creates a frame without re-validating lengths (internal verbs guarantee them).</summary>
    internal static DataFrame Create(DataColumn[] columns, int rowCount) => new(columns, rowCount);

    /// <summary>A new frame holding the rows at <paramref name="rows"/> (in that order) of every column.</summary>
    internal DataFrame TakeRows(ReadOnlySpan<int> rows)
    {
        var columns = new DataColumn[_columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = _columns[i].Gather(rows);
        }

        return new DataFrame(columns, rows.Length);
    }
}
