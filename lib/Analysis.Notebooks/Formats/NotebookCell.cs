using System.Text.Json.Nodes;
using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Formats;

/// <summary>
/// One notebook cell. Metadata is kept as JSON so keys this library does not know survive a read/write round trip;
/// treat it as read-only and use the <c>With…</c> methods, which copy.
/// </summary>
public sealed record NotebookCell
{
    /// <summary>The cell type.</summary>
    public CellKind Kind { get; init; }

    /// <summary>The nbformat 4.5 cell id; empty until the notebook assigns ids (see <see cref="CellIds"/>).</summary>
    public string Id { get; init; } = "";

    /// <summary>The cell's text.</summary>
    public string Source { get; init; } = "";

    /// <summary>The cell metadata (tags, Polyglot kernel name, anything else).</summary>
    public JsonObject Metadata { get; init; } = [];

    /// <summary>The outputs of a code cell.</summary>
    public IReadOnlyList<CellOutput> Outputs { get; init; } = [];

    /// <summary>The execution count of a code cell; null when not executed.</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>Markdown/raw cell attachments (kept verbatim), or null.</summary>
    public JsonObject? Attachments { get; init; }

    /// <summary>A C# code cell with Polyglot metadata.</summary>
    public static NotebookCell Code(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new NotebookCell { Kind = CellKind.Code, Source = source, Metadata = PolyglotMetadata.ForCodeCell(PolyglotMetadata.CSharpKernel) };
    }

    /// <summary>A markdown cell.</summary>
    public static NotebookCell Markdown(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new NotebookCell { Kind = CellKind.Markdown, Source = source };
    }

    /// <summary>A raw cell.</summary>
    public static NotebookCell Raw(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new NotebookCell { Kind = CellKind.Raw, Source = source };
    }

    /// <summary>The cell's <c>metadata.tags</c> (papermill uses <c>parameters</c> and <c>injected-parameters</c>).</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? "").Where(t => t.Length > 0).ToList() : [];

    /// <summary>True when <see cref="Tags"/> contains <paramref name="tag"/>.</summary>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The kernel a code cell runs in: the Polyglot kernel name, else the .NET Interactive language, else csharp.</summary>
    public string KernelName => PolyglotMetadata.KernelNameOf(Metadata) ?? PolyglotMetadata.CSharpKernel;

    /// <summary>A copy with <paramref name="tags"/> as its tags (other metadata kept).</summary>
    public NotebookCell WithTags(params IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var metadata = (JsonObject)Metadata.DeepClone();
        var list = tags.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            metadata.Remove("tags");
        }
        else
        {
            metadata["tags"] = new JsonArray(list.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
        }
        return this with { Metadata = metadata };
    }

    /// <summary>A copy with one metadata entry set (<paramref name="value"/> is cloned).</summary>
    public NotebookCell WithMetadata(string key, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var metadata = (JsonObject)Metadata.DeepClone();
        metadata[key] = value?.DeepClone();
        return this with { Metadata = metadata };
    }

    /// <summary>A copy without outputs and execution count.</summary>
    public NotebookCell Cleared() => this with { Outputs = [], ExecutionCount = null };
}
