using System.Diagnostics;
using Analysis.Kernel.Installation;

namespace Analysis.Kernel.Tests.Integration;

/// <summary>
/// A throwaway Jupyter installation: the test host's kernelspec under a temp --prefix, and
/// JUPYTER_* variables that keep jupyter_client away from the user's own kernels and runtime files.
/// </summary>
public sealed class JupyterEnvironment : IDisposable
{
    public const string Python = "/usr/bin/python3";

    public JupyterEnvironment()
    {
        Root = Path.Combine(Path.GetTempPath(), "analysis-kernel-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        var host = Path.Combine(AppContext.BaseDirectory, "Analysis.Kernel.Host.dll");
        if (!File.Exists(host))
        {
            throw new InvalidOperationException($"The test kernel host was not built next to the tests: {host}");
        }

        SpecDirectory = KernelCommandLine.Install(InstallOptions.ForPrefix(Root).WithName(KernelName).WithLauncher(DotNet(), host));
    }

    public string KernelName { get; } = "analysis-test";

    public string Root { get; }

    public string SpecDirectory { get; }

    public static string ScriptPath(string name) => Path.Combine(AppContext.BaseDirectory, "scripts", name);

    /// <summary>Runs a program with the environment set; a generous guard kills it if it hangs.</summary>
    public ProcessOutcome Run(string program, params string[] arguments)
    {
        if (!File.Exists(program))
        {
            throw new InvalidOperationException(
                $"{program} is missing. Install Debian's python3-jupyter-client, python3-nbclient and libzmq5 (see lib/Analysis.Kernel/README.md).");
        }

        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["JUPYTER_PATH"] = Path.Combine(Root, "share", "jupyter");
        start.Environment["JUPYTER_DATA_DIR"] = Path.Combine(Root, "data");
        start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(Root, "runtime");
        start.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(Root, "config");
        start.Environment["JUPYTER_PLATFORM_DIRS"] = "1";
        start.Environment["PYDEVD_DISABLE_FILE_VALIDATION"] = "1";

        using var process = Process.Start(start)!;
        // The output pipes close when every process holding them has exited; a kernel left running by a failed client
        // would hold them forever, so reading them is bounded too.
        using var unread = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var stdout = process.StandardOutput.ReadToEndAsync(unread.Token);
        var stderr = process.StandardError.ReadToEndAsync(unread.Token);
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        return new ProcessOutcome(process.ExitCode, Collected(stdout), Collected(stderr));
    }

    private static string Collected(Task<string> output)
    {
        try
        {
            return output.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return "(output still held open by a process the program left running)";
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A kernel that outlived its test may still hold a file; the temp directory is harmless.
        }
    }

    private static string DotNet()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}

public sealed record ProcessOutcome(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
