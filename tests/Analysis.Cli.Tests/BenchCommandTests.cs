using System.Globalization;
using System.Text.Json;

namespace Analysis.Cli.Tests;

/// <summary>
/// <c>analysis bench</c> on a small corpus without the npm peers: it runs the extraction in child processes at 1 and
/// 2 threads and prints the figures the README reports (no timing is asserted: speed lives in the benchmark).
/// </summary>
[Collection("console")]
public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_prints_throughput_memory_and_the_parallel_check()
    {
        using var dir = new TempDir();
        var lines = Directory.EnumerateFiles(Cli.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany((file, i) => Enumerable.Range(0, 5).Select(copy => JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"a{i}-{copy}"),
                ["text"] = File.ReadAllText(file),
            })));
        var corpus = dir.Write("corpus.jsonl", string.Join('\n', lines) + "\n");

        var run = Cli.Run("bench", corpus, "--no-peers", "-j", "2", "--rounds", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("corpus: " + corpus + ": 20 articles", run.Out);
        Assert.Matches(@"extract -j 1 +[\d.]+ s +[\d.]+ MB/s +[\d,]+ words/s +\d+ MB peak \(\+[\d.]+ s warm-up\)", run.Out);
        Assert.Matches(@"extract -j 2 +[\d.]+ s +[\d.]+ MB/s +[\d,]+ words/s +\d+ MB peak \(\+[\d.]+ s warm-up\)", run.Out);
        // Each parallel run sits between two 1-thread runs and is compared with both; the median of the rounds counts.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(run.Out, @"(?m)^extract -j 1 ").Count);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(run.Out, @"(?m)^extract -j 2 ").Count);
        Assert.Matches(@"speed-up 2 threads / 1 thread: [\d.]+x, the median of 2 rounds: [\d.]+, [\d.]+ \(target >= 1.8x; each run against the 1-thread runs before and after it\)", run.Out);
        Assert.Contains("tables identical: yes", run.Out);
        Assert.Matches(@"peak RSS: \d+ MB \(target < 400 MB\)", run.Out);
        Assert.DoesNotContain("peer texts", run.Out);
    }

    [Fact]
    public void Bench_without_a_corpus_is_a_usage_error()
    {
        var run = Cli.Run("bench", Path.Combine(Path.GetTempPath(), "no-such-corpus.jsonl"), "--no-peers");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("corpus not found", run.Error);
    }
}
