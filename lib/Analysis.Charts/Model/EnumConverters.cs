using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analysis.Charts;

/// <summary>Writes <see cref="AutoRange"/> as plotly's mixed boolean/string value.</summary>
internal sealed class AutoRangeJsonConverter : JsonConverter<AutoRange>
{
    public override AutoRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Charts are written to plotly.js, never read back.");

    public override void Write(Utf8JsonWriter writer, AutoRange value, JsonSerializerOptions options)
    {
        if (value == AutoRange.Reversed) writer.WriteStringValue("reversed");
        else writer.WriteBooleanValue(true);
    }
}

/// <summary>Writes <see cref="ScatterMode"/> as plotly's flag list, in plotly's own order ("lines+markers+text").</summary>
internal sealed class ScatterModeJsonConverter : JsonConverter<ScatterMode>
{
    public override ScatterMode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Charts are written to plotly.js, never read back.");

    public override void Write(Utf8JsonWriter writer, ScatterMode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    internal static string Format(ScatterMode value)
    {
        var parts = new List<string>(3);
        if (value.HasFlag(ScatterMode.Lines)) parts.Add("lines");
        if (value.HasFlag(ScatterMode.Markers)) parts.Add("markers");
        if (value.HasFlag(ScatterMode.Text)) parts.Add("text");
        return parts.Count == 0 ? "none" : string.Join('+', parts);
    }
}
