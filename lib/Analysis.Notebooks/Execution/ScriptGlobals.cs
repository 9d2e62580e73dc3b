using Analysis.Notebooks.Formatting;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Members every notebook cell can call without qualification, mirroring .NET Interactive's <c>display</c> and
/// <c>HTML</c> helpers. Lower-case <c>display</c> keeps notebooks written for Polyglot Notebooks working.
/// </summary>
public sealed class ScriptGlobals
{
    private readonly DisplayFormatter _formatter;

    internal ScriptGlobals(DisplayFormatter formatter, string workingDirectory)
    {
        _formatter = formatter;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>The engine's working directory (the notebook's folder when run by the notebook runner).</summary>
    public string WorkingDirectory { get; }

    /// <summary>Shows <paramref name="value"/> now, as a <c>display_data</c> output, while the cell keeps running.</summary>
#pragma warning disable IDE1006 // Polyglot-compatible name.
    public void display(object? value)
#pragma warning restore IDE1006
    {
        ConsoleRouter.CurrentCollector?.Add(new DisplayDataOutput(_formatter.Format(value)));
    }

    /// <summary>Wraps markup so it displays as <c>text/html</c> (for example as the last expression of a cell).</summary>
    public HtmlContent HTML(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new HtmlContent(html);
    }

    /// <summary>Resolves <paramref name="path"/> against <see cref="WorkingDirectory"/> (absolute paths unchanged).</summary>
    public string ResolvePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetFullPath(path, WorkingDirectory);
    }
}
