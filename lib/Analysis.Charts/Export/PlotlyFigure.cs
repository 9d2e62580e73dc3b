using System.Text.Json;

namespace Analysis.Charts.Export;

/// <summary>A figure as plotly.js JSON with the size its layout asks for: what the export page draws.</summary>
internal sealed record PlotlyFigure(string Json, int? Width, int? Height)
{
    public static PlotlyFigure From(Chart chart) => new(chart.ToJson(), chart.Layout.Width, chart.Layout.Height);

    /// <exception cref="ArgumentException">The text is not a plotly figure (a JSON object with a data array).</exception>
    public static PlotlyFigure Parse(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
                throw new ArgumentException("A plotly figure is a JSON object with a \"data\" array.", nameof(json));
            int? Size(string name) =>
                root.TryGetProperty("layout", out var layout) && layout.ValueKind == JsonValueKind.Object
                && layout.TryGetProperty(name, out var v) && v.TryGetInt32(out var n) ? n : null;
            return new PlotlyFigure(json, Size("width"), Size("height"));
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"Not plotly figure JSON: {e.Message}", nameof(json), e);
        }
    }
}
