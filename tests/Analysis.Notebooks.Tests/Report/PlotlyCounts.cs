using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>
/// What plotly must draw for a figure, counted from its JSON: one bar path per bar with a value, one marker per
/// scatter point that has both coordinates (and a positive value on a log axis), one image per heatmap.
/// </summary>
public sealed record PlotlyCounts(int Bars, int Points, int Heatmaps)
{
    public static PlotlyCounts Expected(string figureJson)
    {
        var figure = JsonNode.Parse(figureJson)!.AsObject();
        var layout = figure["layout"]?.AsObject();
        int bars = 0, points = 0, heatmaps = 0;
        foreach (var trace in figure["data"]!.AsArray().Select(t => t!.AsObject()))
        {
            if (trace["visible"] is JsonValue v && v.GetValueKind() == JsonValueKind.False) continue;
            var type = (string?)trace["type"] ?? "scatter";
            switch (type)
            {
                case "bar":
                    bars += Pairs(trace).Count(p => p.X is not null && p.Y is not null);
                    break;
                case "scatter":
                    if (!((string?)trace["mode"] ?? "markers").Contains("markers", StringComparison.Ordinal)) break;
                    var logY = (string?)layout?[AxisName(trace, "y")]?["type"] == "log";
                    var logX = (string?)layout?[AxisName(trace, "x")]?["type"] == "log";
                    points += Pairs(trace).Count(p => p.X is not null && p.Y is not null && (!logY || Positive(p.Y)) && (!logX || Positive(p.X)));
                    break;
                case "heatmap":
                    heatmaps++;
                    break;
                default:
                    throw new NotSupportedException($"trace type {type}: teach {nameof(PlotlyCounts)} what it draws");
            }
        }
        return new PlotlyCounts(bars, points, heatmaps);
    }

    // Plotly pairs x[i] with y[i] up to the shorter array; a missing array is the index.
    private static IEnumerable<(JsonNode? X, JsonNode? Y)> Pairs(JsonObject trace)
    {
        var x = trace["x"]?.AsArray();
        var y = trace["y"]?.AsArray();
        var length = Math.Min(x?.Count ?? int.MaxValue, y?.Count ?? int.MaxValue);
        Assert.True(length != int.MaxValue, "a trace with neither x nor y");
        for (var i = 0; i < length; i++)
            yield return (x is null ? JsonValue.Create(i) : x[i], y is null ? JsonValue.Create(i) : y[i]);
    }

    private static string AxisName(JsonObject trace, string letter)
    {
        var axis = (string?)trace[letter + "axis"] ?? letter;
        return axis.Length == 1 ? letter + "axis" : letter + "axis" + axis[1..];
    }

    private static bool Positive(JsonNode value) =>
        value.GetValueKind() != JsonValueKind.Number || value.GetValue<double>() > 0;
}
