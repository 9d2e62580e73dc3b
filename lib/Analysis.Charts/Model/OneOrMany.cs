using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>
/// A plotly "arrayOk" attribute: one value for the whole trace (<c>"color": "red"</c>) or one value per point
/// (<c>"color": ["red", "blue"]</c>). Implicit conversions keep call sites short: <c>Color = "red"</c>.
/// </summary>
[JsonConverter(typeof(OneOrManyJsonConverterFactory))]
public sealed record OneOrMany<T>
{
    private OneOrMany(T? single, IReadOnlyList<T>? many) => (Single, Many) = (single, many);

    /// <summary>The value shared by every point, when <see cref="Many"/> is null.</summary>
    public T? Single { get; }

    /// <summary>The per-point values, or null when one value is shared.</summary>
    public IReadOnlyList<T>? Many { get; }

    /// <summary>One value for every point.</summary>
    public static OneOrMany<T> One(T value) => new(value, null);

    /// <summary>One value per point.</summary>
    public static OneOrMany<T> PerPoint(IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(default, values.ToArray());
    }

    /// <summary>Converts a shared value.</summary>
    public static implicit operator OneOrMany<T>(T value) => One(value);

    /// <summary>Converts per-point values.</summary>
    public static implicit operator OneOrMany<T>(T[] values) => PerPoint(values);

    /// <summary>Element-wise equality for per-point values.</summary>
    public bool Equals(OneOrMany<T>? other) =>
        other is not null && EqualityComparer<T?>.Default.Equals(Single, other.Single)
        && (Many is null ? other.Many is null : other.Many is not null && Many.SequenceEqual(other.Many));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Single, Many?.Count);
}

internal sealed class OneOrManyJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(OneOrMany<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(OneOrManyJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class OneOrManyJsonConverter<T> : JsonConverter<OneOrMany<T>>
    {
        public override OneOrMany<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Charts are written to plotly.js, never read back.");

        public override void Write(Utf8JsonWriter writer, OneOrMany<T> value, JsonSerializerOptions options)
        {
            if (value.Many is { } many) JsonSerializer.Serialize(writer, many, options);
            else JsonSerializer.Serialize(writer, value.Single, options);
        }
    }
}
