using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analysis.Charts.Rendering;

/// <summary>The one place that knows how a <see cref="Chart"/> becomes plotly.js JSON.</summary>
internal static class ChartJson
{
    /// <summary>
    /// Compact, null-free, lower-case plotly names. The relaxed encoder keeps non-ASCII text readable in snapshots;
    /// HTML embedding escapes '&lt;', '&gt;' and '&amp;' separately (see <see cref="ChartHtml"/>).
    /// </summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return JsonSerializer.Serialize(new Figure(chart.Data, chart.Layout, chart.Config), Options);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = new LowerCaseNamingPolicy(),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
        };
        // Converters in the options win over [JsonConverter] on a type, so the special enums go first.
        options.Converters.Add(new AutoRangeJsonConverter());
        options.Converters.Add(new ScatterModeJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record Figure(IReadOnlyList<Trace> Data, Layout Layout, Config Config);

    /// <summary>plotly attribute names are lower case without separators (<c>hovertemplate</c>, <c>xaxis</c>).</summary>
    private sealed class LowerCaseNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }
}
