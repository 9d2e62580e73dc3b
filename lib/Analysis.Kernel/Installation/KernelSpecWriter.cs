using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysis.Kernel.Installation;

/// <summary>Builds kernel.json and decides where kernelspecs live.</summary>
internal static partial class KernelSpecWriter
{
    public const string LogoResource = "Analysis.Kernel.logo-64x64.png";

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex ValidName();

    public static string Install(InstallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = TargetDirectory(options);
        Directory.CreateDirectory(directory);
        var json = KernelJson(options, options.Launcher ?? CurrentLauncher());
        File.WriteAllText(Path.Combine(directory, "kernel.json"), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        WriteLogo(directory);
        return directory;
    }

    public static JsonObject KernelJson(InstallOptions options, IReadOnlyList<string> launcher)
    {
        if (launcher.Count == 0)
        {
            throw new ArgumentException("The launcher command is empty.", nameof(launcher));
        }

        var argv = new JsonArray();
        foreach (var part in launcher.Concat(options.KernelArguments).Concat(["--connection-file", "{connection_file}"]))
        {
            argv.Add(part);
        }

        return new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = options.DisplayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
    }

    public static string TargetDirectory(InstallOptions options)
    {
        if (!ValidName().IsMatch(options.Name))
        {
            throw new ArgumentException(
                $"Kernel name '{options.Name}' is invalid: use letters, digits, '.', '_' and '-' only.", nameof(options));
        }

        if (options.User && options.Prefix is not null)
        {
            throw new ArgumentException("Choose either --user or --prefix, not both.", nameof(options));
        }

        var root = options.Prefix is { } prefix
            ? Path.Combine(Path.GetFullPath(prefix), "share", "jupyter")
            : UserDataDirectory();
        return Path.Combine(root, "kernels", options.Name);
    }

    /// <summary>Jupyter's per-user data directory, as jupyter_core computes it.</summary>
    public static string UserDataDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return Path.GetFullPath(overridden);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    /// <summary>
    /// The command that re-runs this program: an apphost runs as itself; under the dotnet muxer the
    /// entry assembly must be passed explicitly, with absolute paths because Jupyter starts kernels from any directory.
    /// </summary>
    public static IReadOnlyList<string> CurrentLauncher()
    {
        var process = Environment.ProcessPath
            ?? throw new InvalidOperationException("Cannot determine the running executable's path.");
        var isMuxer = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        if (!isMuxer)
        {
            return [process];
        }

        var entry = Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(entry))
        {
            throw new InvalidOperationException("Cannot determine the entry assembly to run under dotnet.");
        }

        return [process, Path.GetFullPath(entry)];
    }

    private static void WriteLogo(string directory)
    {
        using var logo = typeof(KernelSpecWriter).Assembly.GetManifestResourceStream(LogoResource);
        if (logo is null)
        {
            return;
        }

        using var file = File.Create(Path.Combine(directory, "logo-64x64.png"));
        logo.CopyTo(file);
    }
}
