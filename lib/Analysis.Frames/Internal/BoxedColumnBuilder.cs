using System.Collections;
using System.Globalization;

namespace Analysis.Frames.Internal;

/// <summary>
/// Builds a column from boxed values of any CLR type, normalising them to the six column types:
/// integers → long, float/decimal → double, enums/char/Guid → string, DateTimeOffset → UTC DateTime,
/// sequences → their items joined by "; ", everything else → invariant text.
/// </summary>
internal static class BoxedColumnBuilder
{
    /// <summary>The column type a declared CLR type maps to, or <c>null</c> to infer it from the values.</summary>
    public static Type? TargetFor(Type declared)
    {
        var type = System.Nullable.GetUnderlyingType(declared) ?? declared;
        if (ColumnTypes.IsSupported(type)) return type;
        if (type.IsEnum || type == typeof(char) || type == typeof(Guid)) return typeof(string);
        if (type == typeof(DateTimeOffset)) return typeof(DateTime);
        return Type.GetTypeCode(type) switch
        {
            TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 => typeof(long),
            TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => typeof(double),
            TypeCode.Boolean => typeof(bool),
            _ when type == typeof(object) => null,
            _ => typeof(string),
        };
    }

    public static DataColumn Build(string name, IEnumerable<object?> values, Type? target = null)
    {
        var normalized = values.Select(Normalize).ToArray();
        target ??= Infer(normalized);
        if (target == typeof(long)) return Make<long>(name, normalized, v => Convert.ToInt64(v, CultureInfo.InvariantCulture));
        if (target == typeof(double)) return Make<double>(name, normalized, v => Convert.ToDouble(v, CultureInfo.InvariantCulture));
        if (target == typeof(bool)) return Make<bool>(name, normalized, v => (bool)v);
        if (target == typeof(DateOnly)) return Make<DateOnly>(name, normalized, v => (DateOnly)v);
        if (target == typeof(DateTime)) return Make<DateTime>(name, normalized, v => (DateTime)v);
        return Make<string>(name, normalized, v => ValueFormat.Invariant(v));
    }

    private static DataColumn Make<T>(string name, object?[] values, Func<object, T> convert)
    {
        var data = new T[values.Length];
        MissingMask? missing = null;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                data[i] = convert(value);
            }
            else
            {
                (missing ??= new MissingMask(values.Length)).Set(i);
            }
        }

        return new DataColumn<T>(name, data, missing);
    }

    private static Type Infer(object?[] values)
    {
        Type? found = null;
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            var type = value.GetType();
            if (found is null || found == type)
            {
                found = type;
            }
            else if (ColumnTypes.IsNumeric(found) && ColumnTypes.IsNumeric(type))
            {
                found = typeof(double);
            }
            else
            {
                return typeof(string);
            }
        }

        return found ?? typeof(string);
    }

    /// <summary>Maps any value to null or an instance of one of the six column types.</summary>
    private static object? Normalize(object? value) => value switch
    {
        null or DBNull => null,
        string or long or double or bool or DateOnly or DateTime => value,
        Enum e => e.ToString(),
        DateTimeOffset o => o.UtcDateTime,
        sbyte or byte or short or ushort or int or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        IEnumerable sequence => string.Join("; ", sequence.Cast<object?>().Select(v => v is null ? string.Empty : ValueFormat.Invariant(v))),
        _ => ValueFormat.Invariant(value),
    };
}
