using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Kernel.Server;

/// <summary>
/// Turns a mime bundle into the protocol's data dict. JSON mime types (application/json and
/// application/*+json, e.g. application/vnd.plotly.v1+json) are sent as JSON objects, not strings,
/// because renderers such as VS Code's Plotly renderer read them as objects.
/// </summary>
internal static class MimeJson
{
    public static bool IsJsonMime(string mime) =>
        mime == "application/json"
        || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>The data dict, keys in ordinal order so output is stable whatever order the bundle had.</summary>
    public static JsonObject ToData(IReadOnlyDictionary<string, string> bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var data = new JsonObject();
        foreach (var (mime, value) in bundle.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            data[mime] = IsJsonMime(mime) ? ParseOrText(value) : JsonValue.Create(value);
        }

        return data;
    }

    private static JsonNode? ParseOrText(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            // A backend bug, not a user error: keep the text so the user still sees something.
            return JsonValue.Create(value);
        }
    }
}
