using System.Text.Json;
using System.Text.Json.Nodes;
using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Formats;

/// <summary>Reads and writes Jupyter <c>.ipynb</c> files (nbformat 4; written as 4.5 with cell ids).</summary>
public static partial class IpynbFormat
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Parses notebook JSON. <paramref name="sourceName"/> (usually the file path) prefixes every error.</summary>
    /// <exception cref="NotebookFormatException">The JSON is malformed or not an nbformat 4 notebook.</exception>
    public static Notebook Parse(string json, string sourceName = "notebook")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, NodeOptions, DocumentOptions);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            throw new NotebookFormatException($"{sourceName}({line},{column}): invalid notebook JSON: {FirstSentence(exception.Message)}", exception);
        }
        if (root is not JsonObject notebook)
        {
            throw new NotebookFormatException($"{sourceName}(1,1): a notebook must be a JSON object.");
        }
        var major = notebook["nbformat"] is JsonValue v && v.TryGetValue(out int m) ? m : 0;
        if (major != Notebook.FormatMajor)
        {
            throw new NotebookFormatException($"{sourceName}: unsupported nbformat {major}; only nbformat 4 notebooks can be read.");
        }
        if (notebook["cells"] is not JsonArray cells)
        {
            throw new NotebookFormatException($"{sourceName}: the notebook has no \"cells\" array.");
        }
        var parsed = cells.Select((cell, index) => ReadCell(cell, index, sourceName)).ToList();
        var metadata = notebook["metadata"] is JsonObject meta ? (JsonObject)meta.DeepClone() : [];
        return new Notebook { Cells = CellIds.Assign(parsed), Metadata = metadata };
    }

    /// <summary>Serializes <paramref name="notebook"/> as nbformat 4.5 JSON, byte-for-byte as Jupyter would save it.</summary>
    public static string Serialize(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var cells = CellIds.Assign(notebook.Cells);
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(cells.Select(WriteCell).ToArray<JsonNode?>()),
            ["metadata"] = notebook.Metadata.DeepClone(),
            ["nbformat"] = Notebook.FormatMajor,
            ["nbformat_minor"] = Notebook.FormatMinor,
        };
        return JupyterJson.Serialize(root);
    }

    private static NotebookCell ReadCell(JsonNode? node, int index, string sourceName)
    {
        string Where() => $"{sourceName}: cell {index + 1}";
        if (node is not JsonObject cell)
        {
            throw new NotebookFormatException($"{Where()}: a cell must be a JSON object.");
        }
        var kind = Text(cell["cell_type"]) switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            var other => throw new NotebookFormatException($"{Where()}: unknown cell_type \"{other}\" (expected code, markdown or raw)."),
        };
        var outputs = kind == CellKind.Code && cell["outputs"] is JsonArray list
            ? list.Select((output, i) => ReadOutput(output, $"{Where()}, output {i + 1}")).ToList()
            : [];
        return new NotebookCell
        {
            Kind = kind,
            Id = Text(cell["id"]) ?? "",
            Source = JoinLines(cell["source"]),
            Metadata = cell["metadata"] is JsonObject metadata ? (JsonObject)metadata.DeepClone() : [],
            Outputs = outputs,
            ExecutionCount = cell["execution_count"] is JsonValue count && count.TryGetValue(out int n) ? n : null,
            Attachments = cell["attachments"] is JsonObject attachments ? (JsonObject)attachments.DeepClone() : null,
        };
    }

    private static CellOutput ReadOutput(JsonNode? node, string where)
    {
        if (node is not JsonObject output)
        {
            throw new NotebookFormatException($"{where}: an output must be a JSON object.");
        }
        return Text(output["output_type"]) switch
        {
            "stream" => new StreamOutput(Text(output["name"]) ?? StreamOutput.StdOut, JoinLines(output["text"])),
            "display_data" => new DisplayDataOutput(ReadBundle(output["data"])),
            "execute_result" => new ExecuteResultOutput(ReadBundle(output["data"])),
            "error" => new ErrorOutput(
                Text(output["ename"]) ?? "",
                Text(output["evalue"]) ?? "",
                output["traceback"] is JsonArray traceback ? traceback.Select(t => Text(t) ?? "").ToList() : []),
            var other => throw new NotebookFormatException($"{where}: unknown output_type \"{other}\"."),
        };
    }

    private static MimeBundle ReadBundle(JsonNode? data)
    {
        if (data is not JsonObject bundle)
        {
            return MimeBundle.Empty;
        }
        return MimeBundle.Create(bundle.Select(pair => KeyValuePair.Create(
            pair.Key,
            MimeBundle.IsJsonMime(pair.Key) ? pair.Value?.ToJsonString() ?? "null" : JoinLines(pair.Value))));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    // nbformat allows "multiline strings" either as one string or as a list of lines.
    private static string JoinLines(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => Text(l) ?? "")),
        _ => Text(node) ?? "",
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
