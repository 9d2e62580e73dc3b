using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Analysis.Notebooks.Execution;

/// <summary>Builds <see cref="ErrorOutput"/>s whose first traceback line names the cell, so a failure in a long
/// notebook run points straight at the cell to fix.</summary>
internal static class CellErrors
{
    /// <summary>The error name of a compile failure.</summary>
    public const string CompilationError = "CompilationError";

    /// <summary>An error for compile diagnostics; positions are 1-based line:column within the cell.</summary>
    public static ErrorOutput FromDiagnostics(string cellLabel, IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var lines = new List<string> { $"{cellLabel}: compilation failed with {Plural(errors.Count, "error")}" };
        lines.AddRange(errors.Select(d => "  " + Describe(d)));
        var first = errors.Count > 0 ? Describe(errors[0]) : "compilation failed";
        return new ErrorOutput(CompilationError, first, lines);
    }

    /// <summary>An error for an exception thrown by the cell's code.</summary>
    public static ErrorOutput FromException(string cellLabel, Exception exception)
    {
        var lines = new List<string> { $"{cellLabel}: {exception.GetType().FullName}: {exception.Message}" };
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (!ReferenceEquals(current, exception))
            {
                lines.Add($" ---> {current.GetType().FullName}: {current.Message}");
            }
            lines.AddRange(UserFrames(current, cellLabel));
        }
        return new ErrorOutput(exception.GetType().Name, exception.Message, lines);
    }

    /// <summary>An error for an interrupted cell.</summary>
    public static ErrorOutput Interrupted(string cellLabel) =>
        new(nameof(OperationCanceledException), "Cell execution was interrupted.",
            [$"{cellLabel}: execution was interrupted"]);

    /// <summary>An error for a cell that ran longer than the timeout.</summary>
    public static ErrorOutput TimedOut(string cellLabel, TimeSpan timeout)
    {
        var message = $"Cell execution exceeded the timeout of {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s.";
        return new ErrorOutput(nameof(TimeoutException), message, [$"{cellLabel}: {message}"]);
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var position = $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
        // Diagnostics inside a #load-ed file name that file; those in the cell itself have no path.
        var file = string.IsNullOrEmpty(span.Path) || span.Path.EndsWith(CellFileSuffix, StringComparison.Ordinal)
            ? ""
            : Path.GetFileName(span.Path);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        return $"{file}{position}: error {diagnostic.Id}: {message}";
    }

    // Script code runs inside Roslyn's submission machinery; its frames, and the async plumbing between them, are noise
    // to a notebook user. Machine paths are replaced by the cell label so outputs are the same on every machine.
    private static IEnumerable<string> UserFrames(Exception exception, string cellLabel)
    {
        if (exception.StackTrace is null)
        {
            yield break;
        }
        foreach (var raw in exception.StackTrace.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || IsPlumbing(trimmed))
            {
                continue;
            }
            var inIndex = trimmed.LastIndexOf(" in ", StringComparison.Ordinal);
            var lineIndex = trimmed.LastIndexOf(":line ", StringComparison.Ordinal);
            if (inIndex > 0 && lineIndex > inIndex)
            {
                var file = trimmed[(inIndex + 4)..lineIndex];
                var where = file.Length == 0 || file.EndsWith(CellFileSuffix, StringComparison.Ordinal) ? cellLabel : Path.GetFileName(file);
                trimmed = trimmed[..inIndex] + " in " + where + trimmed[lineIndex..];
            }
            yield return "   " + trimmed.Replace("Submission#", "Cell#", StringComparison.Ordinal);
        }
    }

    /// <summary>The suffix of the virtual file name the engine gives each cell.</summary>
    public const string CellFileSuffix = ".cell.csx";

    private static bool IsPlumbing(string frame) =>
        frame.StartsWith("--- End of stack trace", StringComparison.Ordinal)
        || frame.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)
        || frame.Contains("System.Runtime.CompilerServices", StringComparison.Ordinal)
        || frame.Contains("System.Runtime.ExceptionServices", StringComparison.Ordinal)
        || frame.Contains("System.Threading.ExecutionContext", StringComparison.Ordinal)
        || frame.Contains("Analysis.Notebooks.Execution.", StringComparison.Ordinal);

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
