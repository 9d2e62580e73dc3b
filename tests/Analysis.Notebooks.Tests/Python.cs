using System.Diagnostics;

namespace Analysis.Notebooks.Tests;

/// <summary>Debian's python3, which has nbformat installed (the python3 first on PATH may not).</summary>
internal static class Python
{
    public const string Path = "/usr/bin/python3";

    public static (int ExitCode, string Output) Run(string code, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(code);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
