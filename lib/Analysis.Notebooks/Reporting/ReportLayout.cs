namespace Analysis.Notebooks.Reporting;

/// <summary>
/// Where each file of a report goes, relative to its folder. Names come from notebook file names,
/// reduced to safe characters, so nothing is ever written outside the output folder.
/// </summary>
public sealed class ReportLayout
{
    /// <summary>A layout rooted at <paramref name="root"/>.</summary>
    public ReportLayout(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The report folder.</summary>
    public string Root { get; }

    /// <summary>The extracted tables.</summary>
    public string Tables => Inside("tables");

    /// <summary>The index page.</summary>
    public string Index => Inside("index.html");

    /// <summary>The executed notebook.</summary>
    public string Notebook(string name) => Inside("notebooks", Safe(name) + ".ipynb");

    /// <summary>The notebook's HTML page.</summary>
    public string Page(string name) => Inside(Safe(name) + ".html");

    /// <summary>A chart image: <c>charts/NAME-NN.png</c> or <c>.svg</c>.</summary>
    public string Chart(string name, int number, string extension) =>
        Inside("charts", $"{Safe(name)}-{number:00}.{extension}");

    /// <summary>A path relative to the report folder with forward slashes, for links.</summary>
    public string Link(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Letters, digits, '-' and '_' only; anything else becomes '_'.</summary>
    public static string Safe(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray();
        var safe = new string(chars).Trim('_');
        return safe.Length == 0 ? "notebook" : safe;
    }

    private string Inside(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([Root, .. parts]));
        // Defence in depth: Safe() already removes separators and dots.
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write outside the report folder: {path}");
        return path;
    }
}
