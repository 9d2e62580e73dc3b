namespace Analysis.Frames.Internal;

/// <summary>Stacks columns of one type (or of long and double, widened to double) end to end.</summary>
internal static class ColumnConcat
{
    /// <summary>The type a set of column types unifies to, or <c>null</c> when they do not mix.</summary>
    public static Type? CommonType(IEnumerable<Type> types)
    {
        Type? common = null;
        foreach (var type in types)
        {
            if (common is null || common == type)
            {
                common = type;
            }
            else if (ColumnTypes.IsNumeric(common) && ColumnTypes.IsNumeric(type))
            {
                common = typeof(double);
            }
            else
            {
                return null;
            }
        }

        return common;
    }

    /// <summary>Converts a column to <paramref name="type"/> (identity, or long → double).</summary>
    public static DataColumn Convert(DataColumn column, Type type)
    {
        if (column.DataType == type)
        {
            return column;
        }

        if (column is DataColumn<long> longs && type == typeof(double))
        {
            return new DataColumn<double>(longs.Name, Array.ConvertAll(longs.Data, v => (double)v), longs.Missing);
        }

        throw new InvalidOperationException(
            $"Column '{column.Name}' holds {ColumnTypes.DisplayName(column.DataType)} values and cannot become {ColumnTypes.DisplayName(type)}.");
    }

    public static DataColumn Concat(string name, Type type, IReadOnlyList<DataColumn> parts)
    {
        var converted = parts.Select(p => Convert(p, type)).ToArray();
        if (type == typeof(string)) return Typed<string>(name, converted);
        if (type == typeof(long)) return Typed<long>(name, converted);
        if (type == typeof(double)) return Typed<double>(name, converted);
        if (type == typeof(bool)) return Typed<bool>(name, converted);
        if (type == typeof(DateOnly)) return Typed<DateOnly>(name, converted);
        return Typed<DateTime>(name, converted);
    }

    private static DataColumn<T> Typed<T>(string name, DataColumn[] parts)
    {
        var length = parts.Sum(p => p.Length);
        var data = new T[length];
        MissingMask? missing = null;
        var offset = 0;
        foreach (var part in parts.Cast<DataColumn<T>>())
        {
            part.Data.CopyTo(data, offset);
            if (part.Missing is not null)
            {
                for (var i = 0; i < part.Length; i++)
                {
                    if (part.Missing[i])
                    {
                        (missing ??= new MissingMask(length)).Set(offset + i);
                    }
                }
            }

            offset += part.Length;
        }

        return new DataColumn<T>(name, data, missing);
    }
}
