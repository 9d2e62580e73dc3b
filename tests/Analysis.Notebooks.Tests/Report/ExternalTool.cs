using System.Diagnostics;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>Runs a tool the acceptance criteria name (python3's nbformat, nbconvert, chromium) and captures its output.</summary>
internal static class ExternalTool
{
    public const string Python = "/usr/bin/python3";

    public const string Chromium = "/usr/bin/chromium";

    public static (int ExitCode, string Stdout, string Stderr) Run(string executable, IEnumerable<string> arguments, TimeSpan timeout)
    {
        Assert.True(File.Exists(executable), $"{executable} is not installed (.ci/run installs it with apt)");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(executable)} did not finish within {timeout.TotalSeconds:0} s");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Loads a page in headless chromium (fresh profile each run, so runs never lock each other out), lets it run
    /// for the virtual time budget and returns the DOM as it then stands.
    /// </summary>
    public static string DumpDom(string htmlPath, int virtualTimeMs = 10000)
    {
        var profile = Directory.CreateTempSubdirectory("reportqa-chromium-");
        try
        {
            var (exit, dom, log) = Run(Chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName,
                $"--virtual-time-budget={virtualTimeMs}", "--dump-dom", new Uri(htmlPath).AbsoluteUri,
            ], TimeSpan.FromSeconds(120));
            Assert.True(exit == 0, $"chromium exited {exit} on {htmlPath}:\n{log}");
            return dom;
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
