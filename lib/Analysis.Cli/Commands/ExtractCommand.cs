using System.CommandLine;
using Analysis.Extraction;
using Analysis.Tables;

namespace Analysis.Cli.Commands;

/// <summary><c>analysis extract INPUT --out DIR [--shard K/N]</c>: writes the SPEC tables for a corpus.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A folder of articles (with an optional articles.csv manifest), or a .jsonl/.csv corpus file." };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the tables to.", Required = true };
        var threads = new Option<int>("--threads", "-j") { Description = "Worker threads (default: all cores); output is identical for any value.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors (no progress, no summary)." };
        var shard = new Option<string?>("--shard") { Description = "Extract only shard K of N (input items i with i % N == K-1), e.g. 2/8; combine the N outputs with 'analysis merge'." };
        var sentences = new Option<bool>("--sentences") { Description = "Also write sentences.csv (every sentence with its text), so notebooks reading the tables can show mentions in context; not with --shard." };
        var stats = new Option<bool>("--stats") { Description = "After the run, print throughput (MB/s, words/s) and peak memory as key=value lines." };
        var command = new Command("extract", "Extract people, quotes, figures, statements and dates into CSV tables.")
        {
            input, output, threads, quiet, shard, sentences, stats,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(threads),
            parse.GetValue(quiet), parse.GetValue(shard), parse.GetValue(sentences), parse.GetValue(stats)));
        return command;
    }

    private static int Run(string input, string output, int threads, bool quiet, string? shardText, bool sentences, bool stats)
    {
        if (!Directory.Exists(input) && !File.Exists(input))
        {
            Console.Error.WriteLine($"analysis: no such file or folder: {input}");
            return Program.UsageError;
        }
        Shard? shard = null;
        if (shardText is not null && !Shard.TryParse(shardText, out shard))
        {
            Console.Error.WriteLine($"analysis: --shard '{shardText}' is not K/N with 1 <= K <= N (for example 2/8)");
            return Program.UsageError;
        }
        if (sentences && shard is not null)
        {
            Console.Error.WriteLine("analysis: --sentences cannot be combined with --shard ('analysis merge' combines the seven tables only)");
            return Program.UsageError;
        }
        using var progress = quiet ? null : ProgressDisplay.ForInput(input, shard);
        var options = ExtractOptions.Default.WithParallelism(threads).WithShard(shard).WithSentences(sentences).WithProgress(progress);
        // With --stats, rules are loaded before the clock starts (as the npm peers load their models before timing),
        // and the loading time is reported on its own line.
        var startup = stats ? RunStats.WarmUp(input, threads) : TimeSpan.Zero;
        var summary = TableExtraction.Run(input, output, options);
        progress?.Finish();
        if (!quiet) Console.WriteLine(summary.ToString() + (shard is null ? "" : $" (shard {shard}; merge the shards with 'analysis merge')"));
        if (stats) RunStats.Print(summary, startup);
        return summary.Errors > 0 ? Program.Partial : Program.Success;
    }
}
