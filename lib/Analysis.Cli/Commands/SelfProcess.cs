using System.Diagnostics;

namespace Analysis.Cli.Commands;

/// <summary>Starts of this <c>analysis</c> program in a child process (bench's timed runs, extract's re-launch).</summary>
internal static class SelfProcess
{
    /// <summary>A start of this program with <paramref name="args"/>; under <c>dotnet analysis.dll</c> the process is the host, so it is handed the assembly again.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }
}
