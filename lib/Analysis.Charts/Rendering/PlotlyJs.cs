using System.Collections.Concurrent;
using System.Reflection;

namespace Analysis.Charts;

/// <summary>
/// Finds the plotly.js bundle of the npm package <c>plotly.js-dist-min</c> (pinned in the repository's package.json),
/// so pages and exports work offline and never depend on a CDN.
/// </summary>
public static class PlotlyJs
{
    /// <summary>Environment variable that points straight at a <c>plotly.min.js</c> file.</summary>
    public const string EnvironmentVariable = "ANALYSIS_PLOTLYJS";

    /// <summary>The bundle's path relative to a directory holding <c>node_modules</c>.</summary>
    public static readonly string RelativePath = Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js");

    private static readonly ConcurrentDictionary<string, string> Scripts = new(StringComparer.Ordinal);

    /// <summary>
    /// The path of <c>plotly.min.js</c>: <see cref="EnvironmentVariable"/> if set, otherwise
    /// <c>node_modules/plotly.js-dist-min/plotly.min.js</c> searched upward from the current directory and then from
    /// the assembly directory, and finally in the repository this library was built from.
    /// </summary>
    /// <exception cref="PlotlyJsNotFoundException">Not found; the message says how to install it.</exception>
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? Path.GetFullPath(fromEnvironment)
                : throw new PlotlyJsNotFoundException(
                    $"{EnvironmentVariable} points at '{fromEnvironment}', which does not exist. " + PlotlyJsNotFoundException.InstallHint);
        }

        var searched = new List<string>();
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, BuildRepoRoot() })
        {
            if (string.IsNullOrEmpty(start) || !Directory.Exists(start)) continue;
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate)) return candidate;
            }
            searched.Add(start);
        }

        throw new PlotlyJsNotFoundException(
            $"plotly.js was not found: no {RelativePath} above {string.Join(" or ", searched.Distinct())}. "
            + PlotlyJsNotFoundException.InstallHint);
    }

    private static string? BuildRepoRoot() =>
        typeof(PlotlyJs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "AnalysisRepoRoot")?.Value;

    /// <summary>The text of <c>plotly.min.js</c>, read once per path and cached.</summary>
    /// <exception cref="PlotlyJsNotFoundException">Not found; the message says how to install it.</exception>
    public static string ReadScript() => Scripts.GetOrAdd(Locate(), File.ReadAllText);
}
