using System.Reflection;

namespace Analysis.Cli.Tests;

/// <summary>What one run of the <c>analysis</c> command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Non-empty lines printed to standard output.</summary>
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// Runs <see cref="Program.Main"/> in process (the extraction rules are compiled once for all tests)
/// with standard output and error captured. Console redirection is process-wide, so every test that
/// uses it sits in the <see cref="ConsoleCollection"/>, which runs alone.
/// </summary>
public static class Cli
{
    public static string RepoRoot { get; } =
        typeof(Cli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value
        ?? throw new InvalidOperationException("RepoRoot not stamped");

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public static CliRun Run(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            var code = Program.Main(args);
            return new CliRun(code, o.ToString().Replace("\r\n", "\n"), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
