using System.Diagnostics;
using System.Globalization;

namespace Analysis.Charts.Export;

/// <summary>
/// Runs Debian's chromium headless on a local page, one process per call, each with a fresh profile directory
/// (a shared profile would make concurrent runs lock each other out) that is deleted afterwards.
/// </summary>
internal sealed class HeadlessChromium
{
    /// <summary>Environment variable naming the browser executable.</summary>
    public const string EnvironmentVariable = "ANALYSIS_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome", "chrome"];

    private HeadlessChromium(string executable) => Executable = executable;

    /// <summary>The browser executable.</summary>
    public string Executable { get; }

    /// <summary>Finds the browser: the explicit path, <see cref="EnvironmentVariable"/>, then PATH.</summary>
    /// <exception cref="ChromiumNotFoundException">None found; the message says how to install one.</exception>
    public static HeadlessChromium Locate(string? explicitPath = null)
    {
        foreach (var (path, source) in new[] { (explicitPath, "ExportOptions.ChromiumPath"),
                     (Environment.GetEnvironmentVariable(EnvironmentVariable), EnvironmentVariable) })
        {
            if (string.IsNullOrWhiteSpace(path)) continue;
            return File.Exists(path)
                ? new HeadlessChromium(path)
                : throw new ChromiumNotFoundException($"{source} points at '{path}', which does not exist. " + ChromiumNotFoundException.InstallHint);
        }

        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
        {
            foreach (var dir in directories)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return new HeadlessChromium(candidate);
            }
        }
        throw new ChromiumNotFoundException(
            $"No chromium browser was found on PATH (looked for {string.Join(", ", Names)}). " + ChromiumNotFoundException.InstallHint);
    }

    /// <summary>Loads the page, lets it run for <paramref name="virtualTimeMs"/> of virtual time and returns the DOM.</summary>
    public string DumpDom(string htmlPath, int virtualTimeMs, TimeSpan timeout) =>
        Run([$"--virtual-time-budget={virtualTimeMs}", "--dump-dom", new Uri(htmlPath).AbsoluteUri], timeout);

    /// <summary>Loads the page in a window of the given size and saves a PNG screenshot.</summary>
    /// <exception cref="InvalidOperationException">The browser did not write the screenshot.</exception>
    public void Screenshot(string htmlPath, string pngPath, int width, int height, double scale, int virtualTimeMs, TimeSpan timeout)
    {
        Run([
            $"--virtual-time-budget={virtualTimeMs}",
            "--hide-scrollbars",
            $"--force-device-scale-factor={scale.ToString(CultureInfo.InvariantCulture)}",
            $"--window-size={width},{height}",
            $"--screenshot={pngPath}",
            new Uri(htmlPath).AbsoluteUri,
        ], timeout);
        if (!File.Exists(pngPath)) throw new InvalidOperationException($"chromium ({Executable}) wrote no screenshot to {pngPath}.");
    }

    private string Run(IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("analysis-chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-extensions", "--mute-audio", $"--user-data-dir={profile.FullName}" })
            {
                start.ArgumentList.Add(flag);
            }
            foreach (var argument in arguments) start.ArgumentList.Add(argument);

            using var process = Process.Start(start)
                ?? throw new ChromiumNotFoundException($"Could not start {Executable}. " + ChromiumNotFoundException.InstallHint);
            process.StandardInput.Close();
            // Both pipes are drained concurrently: chromium logs a lot to stderr and would block on a full pipe.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"chromium ({Executable}) did not finish within {timeout.TotalSeconds:0} s and was stopped.");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"chromium ({Executable}) exited with code {process.ExitCode}: {Tail(stderr.Result)}");
            }
            return stdout.Result;
        }
        finally
        {
            TryDelete(profile.FullName);
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text.Trim() : "…" + text[^2000..].Trim();

    /// <summary>Deletes a temporary directory; chromium helpers may still hold files for a moment, so retry briefly.</summary>
    internal static void TryDelete(string directory)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 4) { Thread.Sleep(100); }
            catch (UnauthorizedAccessException) when (attempt < 4) { Thread.Sleep(100); }
            catch (IOException) { return; }
            catch (UnauthorizedAccessException) { return; }
        }
    }
}
