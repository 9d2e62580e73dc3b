using Analysis.Frames.Internal;

namespace Analysis.Frames;

public sealed partial class DataFrame
{
    /// <summary>Returns a frame with <paramref name="column"/> appended; its name must be new.</summary>
    /// <param name="column">A column with <see cref="RowCount"/> cells.</param>
    public DataFrame AddColumn(DataColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (HasColumn(column.Name))
        {
            throw new ArgumentException(
                $"Column '{column.Name}' already exists; use WithColumn to replace it.", nameof(column));
        }

        return WithColumn(column);
    }

    /// <summary>
    /// Returns a frame with a new column built from <paramref name="values"/>; ints, floats, decimals and enums
    /// convert to long, double and string, <c>null</c> becomes missing.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="name">The new column name.</param>
    /// <param name="values">Exactly <see cref="RowCount"/> values.</param>
    public DataFrame AddColumn<T>(string name, IEnumerable<T?> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        return AddColumn(ColumnFactory.FromValues(name, values));
    }

    /// <summary>
    /// Returns a frame where <paramref name="column"/> replaces the column of the same name (keeping its position)
    /// or, when there is none, is appended.
    /// </summary>
    /// <param name="column">A column with <see cref="RowCount"/> cells.</param>
    public DataFrame WithColumn(DataColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (_columns.Length > 0 && column.Length != RowCount)
        {
            throw new ArgumentException(
                $"Column '{column.Name}' has {column.Length} values but the frame has {RowCount} rows.", nameof(column));
        }

        var columns = _columns.ToList();
        if (_byName.TryGetValue(column.Name, out var index))
        {
            columns[index] = column;
        }
        else
        {
            columns.Add(column);
        }

        return new DataFrame([.. columns], column.Length);
    }

    /// <summary>
    /// Returns a frame with a column computed from each row (replacing a column of the same name, else appended).
    /// Return a nullable type (<c>long?</c>) or <c>null</c> string to produce missing cells.
    /// </summary>
    /// <typeparam name="T">The computed type (ints, floats and enums are converted like in <see cref="AddColumn{T}"/>).</typeparam>
    /// <param name="name">The column name.</param>
    /// <param name="compute">Computes the cell value of a row.</param>
    public DataFrame WithColumn<T>(string name, Func<DataRow, T?> compute)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(compute);
        var values = new T?[RowCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = compute(new DataRow(this, i));
        }

        return WithColumn(ColumnFactory.FromValues(name, values));
    }

    /// <summary>Returns a frame with only the named columns, in the order given.</summary>
    /// <param name="columns">Column names.</param>
    public DataFrame Select(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var selected = columns.Select(name => _columns[IndexOf(name)]).ToArray();
        return new DataFrame(selected, RowCount);
    }

    /// <summary>Returns a frame without the named columns; every name must exist.</summary>
    /// <param name="columns">Column names.</param>
    public DataFrame Drop(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var dropped = columns.Select(IndexOf).ToHashSet();
        return new DataFrame(_columns.Where((_, i) => !dropped.Contains(i)).ToArray(), RowCount);
    }

    /// <summary>Returns a frame with column <paramref name="from"/> renamed to <paramref name="to"/>.</summary>
    /// <param name="from">The existing name.</param>
    /// <param name="to">The new name (must not clash with another column).</param>
    public DataFrame Rename(string from, string to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return Rename(new Dictionary<string, string>(StringComparer.Ordinal) { [from] = to });
    }

    /// <summary>Returns a frame with several columns renamed at once (old name → new name).</summary>
    /// <param name="renames">Old name → new name; every old name must exist.</param>
    public DataFrame Rename(IReadOnlyDictionary<string, string> renames)
    {
        ArgumentNullException.ThrowIfNull(renames);
        foreach (var name in renames.Keys)
        {
            IndexOf(name);
        }

        var columns = _columns
            .Select(c => renames.TryGetValue(c.Name, out var to) ? c.WithName(to) : c)
            .ToArray();
        return new DataFrame(columns, RowCount);
    }

    /// <summary>Returns the first <paramref name="n"/> rows (all rows when there are fewer).</summary>
    /// <param name="n">The number of rows; must not be negative.</param>
    public DataFrame Head(int n = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return Slice(0, Math.Min(n, RowCount));
    }

    /// <summary>Returns the last <paramref name="n"/> rows (all rows when there are fewer).</summary>
    /// <param name="n">The number of rows; must not be negative.</param>
    public DataFrame Tail(int n = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var count = Math.Min(n, RowCount);
        return Slice(RowCount - count, count);
    }

    /// <summary>Returns <paramref name="length"/> rows starting at row <paramref name="start"/>.</summary>
    /// <param name="start">The first row.</param>
    /// <param name="length">The number of rows.</param>
    public DataFrame Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start + length > RowCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(length), $"Rows {start}..{start + length - 1} are out of range: the frame has {RowCount} rows.");
        }

        if (start == 0 && length == RowCount)
        {
            return this;
        }

        return new DataFrame(_columns.Select(c => c.Slice(start, length)).ToArray(), length);
    }
}
