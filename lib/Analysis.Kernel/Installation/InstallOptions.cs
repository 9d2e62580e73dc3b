namespace Analysis.Kernel.Installation;

/// <summary>
/// Where and how <see cref="KernelCommandLine.Install"/> writes the kernelspec. With neither
/// <see cref="User"/> nor <see cref="Prefix"/> set, the spec goes to the user's Jupyter data directory.
/// </summary>
public sealed record InstallOptions
{
    /// <summary>Kernelspec name used when none is given.</summary>
    public const string DefaultName = "analysis-csharp";

    /// <summary>Install for the current user (~/.local/share/jupyter on Linux, ~/Library/Jupyter on macOS, %APPDATA%\jupyter on Windows).</summary>
    public bool User { get; init; }

    /// <summary>Install under <c>PREFIX/share/jupyter/kernels</c> (e.g. a virtual environment or conda prefix).</summary>
    public string? Prefix { get; init; }

    /// <summary>Kernelspec directory name: letters, digits, '.', '_' and '-' only.</summary>
    public string Name { get; init; } = DefaultName;

    /// <summary>Name shown in kernel pickers.</summary>
    public string DisplayName { get; init; } = "C# (Analysis)";

    /// <summary>
    /// The command that starts the <c>analysis</c> CLI (or another host), before the kernel arguments.
    /// Null means "the running process": its executable, or <c>dotnet &lt;entry dll&gt;</c> under the dotnet host.
    /// </summary>
    public IReadOnlyList<string>? Launcher { get; init; }

    /// <summary>Arguments between the launcher and <c>--connection-file</c>; the CLI's verb.</summary>
    public IReadOnlyList<string> KernelArguments { get; init; } = ["kernel"];

    /// <summary>Install for the current user.</summary>
    public static InstallOptions ForUser() => new() { User = true };

    /// <summary>Install under a prefix.</summary>
    public static InstallOptions ForPrefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        return new InstallOptions { Prefix = prefix };
    }

    /// <summary>Same options with another kernelspec name.</summary>
    public InstallOptions WithName(string name) => this with { Name = name };

    /// <summary>Same options with an explicit launcher command.</summary>
    public InstallOptions WithLauncher(params string[] launcher) => this with { Launcher = launcher };
}
