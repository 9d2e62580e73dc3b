using System.Text.Json.Nodes;
using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Formats;

public static partial class IpynbFormat
{
    // nbformat splits text mime types (and svg/js) into line lists; other mime types (base64 images) stay one string.
    private static readonly HashSet<string> SplitNonTextMimes = new(StringComparer.Ordinal) { "application/javascript", "image/svg+xml" };

    private static JsonObject WriteCell(NotebookCell cell)
    {
        var json = new JsonObject
        {
            ["cell_type"] = cell.Kind switch
            {
                CellKind.Code => "code",
                CellKind.Markdown => "markdown",
                _ => "raw",
            },
            ["id"] = cell.Id,
            ["metadata"] = cell.Metadata.DeepClone(),
            ["source"] = SplitLines(cell.Source),
        };
        if (cell.Kind == CellKind.Code)
        {
            json["execution_count"] = cell.ExecutionCount;
            json["outputs"] = new JsonArray(cell.Outputs.Select(o => WriteOutput(o, cell.ExecutionCount)).ToArray<JsonNode?>());
        }
        else if (cell.Attachments is { } attachments)
        {
            json["attachments"] = attachments.DeepClone();
        }
        return json;
    }

    private static JsonObject WriteOutput(CellOutput output, int? executionCount) => output switch
    {
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name,
            ["output_type"] = "stream",
            ["text"] = SplitLines(stream.Text),
        },
        DisplayDataOutput display => new JsonObject
        {
            ["data"] = WriteBundle(display.Data),
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        },
        ExecuteResultOutput result => new JsonObject
        {
            ["data"] = WriteBundle(result.Data),
            ["execution_count"] = executionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        ErrorOutput error => new JsonObject
        {
            ["ename"] = error.EName,
            ["evalue"] = error.EValue,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(error.Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        },
        _ => throw new ArgumentException($"Unknown output type {output.GetType().Name}.", nameof(output)),
    };

    private static JsonObject WriteBundle(MimeBundle bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, content) in bundle)
        {
            data[mime] = MimeBundle.IsJsonMime(mime) ? ParseJsonMime(mime, content)
                : mime.StartsWith("text/", StringComparison.Ordinal) || SplitNonTextMimes.Contains(mime) ? SplitLines(content)
                : JsonValue.Create(content);
        }
        return data;
    }

    private static JsonNode? ParseJsonMime(string mime, string content)
    {
        try
        {
            return JsonNode.Parse(content);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new ArgumentException($"The {mime} output does not hold valid JSON: {exception.Message}", nameof(content), exception);
        }
    }

    /// <summary>Splits text into lines that keep their <c>\n</c>, like Python's <c>splitlines(True)</c> on <c>\n</c>.</summary>
    private static JsonArray SplitLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }
        return lines;
    }
}
