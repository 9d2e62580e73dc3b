using System.Globalization;
using Analysis.Frames.Internal;

namespace Analysis.Frames;

/// <summary>
/// A lightweight view of one row of a <see cref="DataFrame"/> (a struct, so iterating rows allocates nothing).
/// </summary>
public readonly struct DataRow
{
    private readonly DataFrame _frame;

    internal DataRow(DataFrame frame, int index)
    {
        _frame = frame;
        Index = index;
    }

    /// <summary>The zero-based row index within its frame.</summary>
    public int Index { get; }

    /// <summary>The boxed cell value in <paramref name="column"/>, or <c>null</c> when missing.</summary>
    /// <param name="column">The column name.</param>
    public object? this[string column] => _frame[column][Index];

    /// <summary>Whether the cell in <paramref name="column"/> is missing.</summary>
    /// <param name="column">The column name.</param>
    public bool IsMissing(string column) => _frame[column].IsMissing(Index);

    /// <summary>
    /// The typed cell value. A missing cell yields <c>default</c>: ask for a nullable type (<c>Get&lt;long?&gt;</c>)
    /// to tell missing from 0. Numbers convert between long, double and int where the value fits.
    /// </summary>
    /// <typeparam name="T">The requested type.</typeparam>
    /// <param name="column">The column name.</param>
    public T? Get<T>(string column)
    {
        var source = _frame[column];
        if (source is DataColumn<T> typed)
        {
            return typed.GetValue(Index);
        }

        if (source.IsMissing(Index))
        {
            return default;
        }

        var value = source.GetBoxed(Index);
        if (value is T same)
        {
            return same;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            return target == typeof(string)
                ? (T)(object)ValueFormat.Invariant(value)
                : (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new InvalidCastException(
                $"Column '{column}' holds {ColumnTypes.DisplayName(source.DataType)} values; row {Index} cannot be read as {typeof(T).Name}.",
                e);
        }
    }

    /// <summary>The row as "name=value" pairs, for debugging.</summary>
    public override string ToString()
    {
        var frame = _frame;
        var index = Index;
        return string.Join(", ", frame.Columns.Select(c =>
            c.Name + "=" + (c.IsMissing(index) ? "NA" : ValueFormat.Display(c.GetBoxed(index)))));
    }
}
