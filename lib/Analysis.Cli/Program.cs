using System.CommandLine;
using Analysis.Cli.Commands;

namespace Analysis.Cli;

/// <summary>The <c>analysis</c> command line.</summary>
public static class Program
{
    /// <summary>Exit code when every input was read and every step succeeded.</summary>
    public const int Success = 0;

    /// <summary>Exit code when some inputs were rejected or some notebook failed (the rest was written).</summary>
    public const int Partial = 1;

    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args)
    {
        if (BatchRuntime.ShouldRelaunch(args)) return BatchRuntime.Relaunch(args);
        var root = new RootCommand("Analysis: news articles into tables, frames, charts and notebook reports.")
        {
            ExtractCommand.Create(),
            MergeCommand.Create(),
            BenchCommand.Create(),
            ReportCommand.Create(),
            RunCommand.Create(),
            KernelCommand.Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"analysis: {parse.Errors[0].Message} (see 'analysis --help')");
            return UsageError;
        }
        return parse.Invoke();
    }
}
