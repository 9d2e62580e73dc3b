using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Formats;

/// <summary>
/// The metadata Polyglot Notebooks / .NET Interactive write, so our notebooks open as C# notebooks in VS Code,
/// JupyterLab (with our kernel) and the archived Polyglot extension alike.
/// </summary>
public static class PolyglotMetadata
{
    /// <summary>The C# kernel name.</summary>
    public const string CSharpKernel = "csharp";

    /// <summary>Notebook metadata: <c>kernelspec</c>, <c>language_info</c> and <c>polyglot_notebook.kernelInfo</c>.</summary>
    public static JsonObject ForNotebook() => new()
    {
        ["kernelspec"] = new JsonObject
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        },
        ["language_info"] = new JsonObject
        {
            ["file_extension"] = ".cs",
            ["mimetype"] = "text/x-csharp",
            ["name"] = "C#",
            ["pygments_lexer"] = "csharp",
            ["version"] = "13.0",
        },
        ["polyglot_notebook"] = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = CSharpKernel,
                ["items"] = new JsonArray(new JsonObject
                {
                    ["aliases"] = new JsonArray("c#", "cs"),
                    ["languageName"] = "C#",
                    ["name"] = CSharpKernel,
                }),
            },
        },
    };

    /// <summary>Code cell metadata naming the cell's kernel both ways (old .NET Interactive and Polyglot).</summary>
    public static JsonObject ForCodeCell(string kernelName)
    {
        ArgumentException.ThrowIfNullOrEmpty(kernelName);
        return new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = kernelName },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernelName },
        };
    }

    /// <summary>The kernel named by code cell metadata, or null when the metadata names none.</summary>
    public static string? KernelNameOf(JsonObject metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return StringAt(metadata, "polyglot_notebook", "kernelName") ?? StringAt(metadata, "dotnet_interactive", "language");
    }

    /// <summary>Maps Polyglot kernel aliases (<c>c#</c>, <c>cs</c>, <c>md</c>…) to kernel names.</summary>
    public static string NormalizeKernelName(string name) => name.ToLowerInvariant() switch
    {
        "c#" or "cs" or "csharp" => CSharpKernel,
        "f#" or "fs" or "fsharp" => "fsharp",
        "md" or "markdown" => "markdown",
        "powershell" or "pwsh" => "pwsh",
        "js" or "javascript" => "javascript",
        var other => other,
    };

    private static string? StringAt(JsonObject metadata, string section, string key) =>
        metadata[section] is JsonObject inner && inner[key] is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0
            ? text
            : null;
}
