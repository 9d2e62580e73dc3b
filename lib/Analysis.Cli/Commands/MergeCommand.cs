using System.CommandLine;
using Analysis.Tables;

namespace Analysis.Cli.Commands;

/// <summary><c>analysis merge SHARD_DIR… --out DIR</c>: combines shard outputs into the tables of an unsharded run.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("shards") { Description = "The output folders of 'analysis extract --shard K/N', all N of them, in any order.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the merged tables to.", Required = true };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var command = new Command("merge", "Merge sharded extraction outputs into tables identical to an unsharded run (names resolved across all shards).")
        {
            shards, output, quiet,
        };
        command.SetAction(parse => Run(parse.GetValue(shards)!, parse.GetValue(output)!, parse.GetValue(quiet)));
        return command;
    }

    private static int Run(string[] shards, string output, bool quiet)
    {
        var missing = shards.FirstOrDefault(s => !Directory.Exists(s));
        if (missing is not null)
        {
            Console.Error.WriteLine($"analysis: no such folder: {missing}");
            return Program.UsageError;
        }
        if (shards.Any(s => Path.GetFullPath(s) == Path.GetFullPath(output)))
        {
            Console.Error.WriteLine("analysis: --out must not be one of the shard folders");
            return Program.UsageError;
        }
        try
        {
            var summary = TableMerge.Run(shards, output);
            if (!quiet) Console.WriteLine($"merged {shards.Length} shard(s): {summary}");
            return summary.Errors > 0 ? Program.Partial : Program.Success;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"analysis: {e.Message}");
            return Program.UsageError;
        }
    }
}
