namespace Analysis.Notebooks.Formats;

/// <summary>
/// Reads Polyglot Notebooks' plain-text <c>.dib</c> format: cells start at a line <c>#!kernel</c> (<c>#!csharp</c>,
/// <c>#!markdown</c>, aliases such as <c>#!c#</c>); the <c>#!meta</c> block is ignored. Other <c>#!</c> lines (magic
/// commands such as <c>#!time</c>) stay in the cell.
/// </summary>
public static class DibFormat
{
    private static readonly HashSet<string> KernelMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "csharp", "c#", "cs", "fsharp", "f#", "fs", "markdown", "md", "pwsh", "powershell", "javascript", "js",
        "html", "sql", "kql", "mermaid", "value", "http", "meta",
    };

    /// <summary>Parses <c>.dib</c> text; content before the first marker is a C# cell.</summary>
    public static Notebook Parse(string text, string sourceName = "notebook.dib")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var cells = new List<NotebookCell>();
        var kernel = PolyglotMetadata.CSharpKernel;
        var body = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (MarkerOf(line) is { } marker)
            {
                AddCell(cells, kernel, body);
                kernel = PolyglotMetadata.NormalizeKernelName(marker);
                body.Clear();
            }
            else
            {
                body.Add(line);
            }
        }
        AddCell(cells, kernel, body);
        return Notebook.Create(cells);
    }

    private static string? MarkerOf(string line)
    {
        if (!line.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }
        var name = line[2..].Trim();
        return KernelMarkers.Contains(name) ? name : null;
    }

    private static void AddCell(List<NotebookCell> cells, string kernel, List<string> body)
    {
        // Polyglot separates cells with blank lines; they are not part of the cells.
        var first = body.FindIndex(l => l.Trim().Length > 0);
        if (first < 0 || kernel == "meta")
        {
            return;
        }
        var last = body.FindLastIndex(l => l.Trim().Length > 0);
        var source = string.Join("\n", body.Skip(first).Take(last - first + 1));
        cells.Add(kernel == "markdown"
            ? NotebookCell.Markdown(source)
            : NotebookCell.Code(source) with { Metadata = PolyglotMetadata.ForCodeCell(kernel) });
    }
}
