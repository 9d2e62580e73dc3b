namespace Analysis.Frames;

public sealed partial class DataFrame
{
    /// <summary>Returns the rows for which <paramref name="predicate"/> is true, in their original order.</summary>
    /// <param name="predicate">Decides whether a row is kept.</param>
    public DataFrame Filter(Func<DataRow, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var kept = new List<int>();
        for (var i = 0; i < RowCount; i++)
        {
            if (predicate(new DataRow(this, i)))
            {
                kept.Add(i);
            }
        }

        return kept.Count == RowCount ? this : TakeRows(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kept));
    }

    /// <summary>
    /// Typed fast path: keeps rows whose value in <paramref name="column"/> satisfies <paramref name="predicate"/>.
    /// For string columns the predicate sees <c>null</c> for missing cells. For value types, missing cells are
    /// dropped without calling the predicate, unless <typeparamref name="T"/> is nullable (<c>Filter&lt;long?&gt;</c>),
    /// in which case it sees <c>null</c>.
    /// </summary>
    /// <typeparam name="T">The column type (or its nullable form).</typeparam>
    /// <param name="column">The column name.</param>
    /// <param name="predicate">Decides whether a value is kept.</param>
    public DataFrame Filter<T>(string column, Func<T?, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var source = this[column];
        var kept = new List<int>();
        if (source is DataColumn<T> typed)
        {
            var passMissing = !typeof(T).IsValueType;
            for (var i = 0; i < RowCount; i++)
            {
                var missing = typed.IsMissing(i);
                if ((!missing || passMissing) && predicate(missing ? default : typed.Data[i]))
                {
                    kept.Add(i);
                }
            }
        }
        else if (Nullable.GetUnderlyingType(typeof(T)) == source.DataType)
        {
            for (var i = 0; i < RowCount; i++)
            {
                if (predicate(source.IsMissing(i) ? default : (T)source.GetBoxed(i)))
                {
                    kept.Add(i);
                }
            }
        }
        else
        {
            throw new InvalidCastException(
                $"Column '{column}' holds {Internal.ColumnTypes.DisplayName(source.DataType)} values; Filter<{typeof(T).Name}> cannot read it.");
        }

        return kept.Count == RowCount ? this : TakeRows(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kept));
    }

    /// <summary>Returns the rows where <paramref name="column"/> is not missing.</summary>
    /// <param name="column">The column name.</param>
    public DataFrame DropMissing(string column)
    {
        var source = this[column];
        return Filter(row => !source.IsMissing(row.Index));
    }
}
