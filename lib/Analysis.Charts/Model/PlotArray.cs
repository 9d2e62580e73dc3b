using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>
/// An immutable data array of a trace (x, y, z rows, text, customdata rows). Values are normalised to
/// <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="DateOnly"/>,
/// <see cref="DateTime"/> or <c>null</c> (a gap), so the JSON is the same whatever numeric type the caller had.
/// </summary>
[JsonConverter(typeof(PlotArrayJsonConverter))]
public sealed class PlotArray : IReadOnlyList<object?>, IEquatable<PlotArray>
{
    private readonly object?[] _values;

    private PlotArray(object?[] values) => _values = values;

    /// <summary>An array with no values.</summary>
    public static PlotArray Empty { get; } = new([]);

    /// <summary>Creates an array from any sequence of supported scalar values.</summary>
    /// <exception cref="ArgumentException">A value has a type plotly cannot draw (the message names it and its position).</exception>
    public static PlotArray From<T>(IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new PlotArray(values.Select((v, i) => Normalize(v, i)).ToArray());
    }

    /// <summary>Creates an array from boxed values (for example the cells of a data frame column).</summary>
    public static PlotArray FromObjects(IEnumerable<object?> values) => From(values);

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public object? this[int index] => _values[index];

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Element-wise equality (two arrays with the same values are equal).</summary>
    public bool Equals(PlotArray? other) =>
        other is not null && _values.SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PlotArray);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values) hash.Add(value);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() =>
        "[" + string.Join(", ", _values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "null")) + "]";

    private static object? Normalize<T>(T value, int index) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        int or long or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (long)u : (double)u,
        double d => d,
        float f => (double)f,
        decimal m => (double)m,
        DateOnly d => d,
        DateTime t => t,
        DateTimeOffset o => o.UtcDateTime,
        Enum e => e.ToString(),
        char c => c.ToString(),
        _ => throw new ArgumentException(
            $"Value {index} has type {value.GetType().Name}, which a chart cannot plot; use strings, numbers, booleans or dates.",
            nameof(value)),
    };

    /// <summary>Writes one normalised value the way plotly.js expects it.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            // plotly treats null as a gap; JSON has no NaN/Infinity literal.
            case double d when !double.IsFinite(d): writer.WriteNullValue(); break;
            case double d: writer.WriteNumberValue(d); break;
            case DateOnly d: writer.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTime t: writer.WriteStringValue(FormatDateTime(t)); break;
            default: throw new InvalidOperationException($"Unnormalised plot value of type {value.GetType().Name}.");
        }
    }

    private static string FormatDateTime(DateTime t) =>
        t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
}

/// <summary>Serialises a <see cref="PlotArray"/> as a plain JSON array (serialisation only).</summary>
internal sealed class PlotArrayJsonConverter : JsonConverter<PlotArray>
{
    public override PlotArray Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Charts are written to plotly.js, never read back.");

    public override void Write(Utf8JsonWriter writer, PlotArray value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value) PlotArray.WriteValue(writer, item);
        writer.WriteEndArray();
    }
}
