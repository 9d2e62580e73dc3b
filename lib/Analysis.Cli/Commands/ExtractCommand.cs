using System.CommandLine;
using Analysis.Extraction;
using Analysis.Tables;

namespace Analysis.Cli.Commands;

/// <summary><c>analysis extract INPUT --out DIR</c>: writes the SPEC tables for a corpus.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A folder of articles (with an optional articles.csv manifest), or a .jsonl/.csv corpus file." };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the tables to.", Required = true };
        var threads = new Option<int>("--threads", "-j") { Description = "Worker threads (default: all cores); output is identical for any value.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var command = new Command("extract", "Extract people, quotes, figures, statements and dates into CSV tables.")
        {
            input, output, threads, quiet,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(threads), parse.GetValue(quiet)));
        return command;
    }

    private static int Run(string input, string output, int threads, bool quiet)
    {
        if (!Directory.Exists(input) && !File.Exists(input))
        {
            Console.Error.WriteLine($"analysis: no such file or folder: {input}");
            return Program.UsageError;
        }
        var summary = TableExtraction.Run(input, output, new ExtractOptions { Parallelism = Math.Max(1, threads) });
        if (!quiet) Console.WriteLine(summary.ToString());
        return summary.Errors > 0 ? Program.Partial : Program.Success;
    }
}
