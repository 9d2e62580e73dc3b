namespace Analysis.Frames.Internal;

/// <summary>
/// Builds columns from typed sequences. The six column types and their nullable forms take an allocation-light
/// path; anything else (int, float, decimal, enums, …) goes through <see cref="BoxedColumnBuilder"/>.
/// </summary>
internal static class ColumnFactory
{
    public static DataColumn FromValues<T>(string name, IEnumerable<T> values)
    {
        var t = typeof(T);
        if (t == typeof(string))
        {
            return Dense(name, (IEnumerable<string?>)(object)values);
        }

        if (t == typeof(long)) return Dense(name, (IEnumerable<long>)(object)values);
        if (t == typeof(double)) return Dense(name, (IEnumerable<double>)(object)values);
        if (t == typeof(bool)) return Dense(name, (IEnumerable<bool>)(object)values);
        if (t == typeof(DateOnly)) return Dense(name, (IEnumerable<DateOnly>)(object)values);
        if (t == typeof(DateTime)) return Dense(name, (IEnumerable<DateTime>)(object)values);
        if (t == typeof(long?)) return Nullable(name, (IEnumerable<long?>)(object)values);
        if (t == typeof(double?)) return Nullable(name, (IEnumerable<double?>)(object)values);
        if (t == typeof(bool?)) return Nullable(name, (IEnumerable<bool?>)(object)values);
        if (t == typeof(DateOnly?)) return Nullable(name, (IEnumerable<DateOnly?>)(object)values);
        if (t == typeof(DateTime?)) return Nullable(name, (IEnumerable<DateTime?>)(object)values);
        if (t == typeof(int)) return Dense(name, ((IEnumerable<int>)(object)values).Select(v => (long)v));
        if (t == typeof(int?)) return Nullable(name, ((IEnumerable<int?>)(object)values).Select(v => (long?)v));

        return BoxedColumnBuilder.Build(name, values.Select(v => (object?)v), BoxedColumnBuilder.TargetFor(t));
    }

    public static DataColumn<T> Dense<T>(string name, IEnumerable<T?> values)
    {
        var data = values is ICollection<T> collection ? new T[collection.Count] : null;
        if (data is not null)
        {
            ((ICollection<T>)values).CopyTo(data, 0);
        }
        else
        {
            data = values.Select(v => v!).ToArray();
        }

        MissingMask? missing = null;
        if (!typeof(T).IsValueType)
        {
            for (var i = 0; i < data.Length; i++)
            {
                if (data[i] is null)
                {
                    (missing ??= new MissingMask(data.Length)).Set(i);
                }
            }
        }

        return new DataColumn<T>(name, data, missing);
    }

    public static DataColumn<T> Nullable<T>(string name, IEnumerable<T?> values)
        where T : struct
    {
        var source = values as IReadOnlyList<T?> ?? values.ToArray();
        var data = new T[source.Count];
        MissingMask? missing = null;
        for (var i = 0; i < data.Length; i++)
        {
            var value = source[i];
            if (value.HasValue)
            {
                data[i] = value.Value;
            }
            else
            {
                (missing ??= new MissingMask(data.Length)).Set(i);
            }
        }

        return new DataColumn<T>(name, data, missing);
    }
}
