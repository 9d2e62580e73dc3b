using Analysis.Core.Tests.Articles;
using Analysis.Extraction;
using Analysis.Frames;
using Analysis.Tables;

namespace Analysis.Core.Tests.Scale;

/// <summary>
/// Streaming extraction at corpus scale (a few thousand articles): parallel output equals single-threaded output,
/// and sharded-then-merged output equals the single run, byte for byte, names resolved across shards.
/// </summary>
public sealed class ShardMergeTests : IClassFixture<ShardMergeTests.Runs>
{
    public const int Articles = 2500;
    private readonly Runs _runs;

    public ShardMergeTests(Runs runs) => _runs = runs;

    /// <summary>The corpus and its single-threaded extraction, shared by the tests (extraction is the slow part).</summary>
    public sealed class Runs : IDisposable
    {
        public TempFolder Folder { get; } = new();
        public string Corpus => Path.Combine(Folder.Path, "corpus.jsonl");
        public string Single => Path.Combine(Folder.Path, "single");
        public ExtractSummary SingleSummary { get; }

        public Runs()
        {
            SyntheticCorpus.Write(Corpus, Articles);
            SingleSummary = TableExtraction.Run(Corpus, Single, new() { Parallelism = 1 });
        }

        public void Dispose() => Folder.Dispose();
    }

    public static TheoryData<int> ShardCounts => new() { 1, 2, 3, 7 };

    [Fact]
    public void The_corpus_is_big_and_varied_enough_to_test_with()
    {
        Assert.True(_runs.SingleSummary.Articles > 2000);
        Assert.InRange(_runs.SingleSummary.Errors, 3, 10);
        var mentions = DataFrame.ReadCsv(Path.Combine(_runs.Single, "mentions.csv"));
        Assert.True(mentions.RowCount > 2000);
        Assert.True(DataFrame.ReadCsv(Path.Combine(_runs.Single, "figures.csv")).RowCount > 1000);
        Assert.True(DataFrame.ReadCsv(Path.Combine(_runs.Single, "statements.csv")).RowCount > 100);
        Assert.False(Directory.Exists(Path.Combine(_runs.Single, ".unresolved")));
    }

    [Fact]
    public void Parallel_output_equals_single_threaded_output()
    {
        using var parallel = new TempFolder();
        TableExtraction.Run(_runs.Corpus, parallel.Path, new() { Parallelism = 4 });
        AssertSameTables(_runs.Single, parallel.Path);
    }

    [Theory]
    [MemberData(nameof(ShardCounts))]
    public void Sharded_then_merged_output_equals_the_single_run(int count)
    {
        using var work = new TempFolder();
        var shards = Enumerable.Range(1, count).Select(k => Path.Combine(work.Path, $"shard{k}")).ToArray();
        for (var k = 1; k <= count; k++)
            TableExtraction.Run(_runs.Corpus, shards[k - 1], ExtractOptions.Default.WithParallelism(2).WithShard(new Shard(k, count)));
        var merged = Path.Combine(work.Path, "merged");
        var summary = TableMerge.Run([.. shards.Reverse()], merged);
        Assert.Equal(_runs.SingleSummary.Articles, summary.Articles);
        Assert.Equal(_runs.SingleSummary.Errors, summary.Errors);
        Assert.Equal(_runs.SingleSummary.Characters, summary.Characters);
        AssertSameTables(_runs.Single, merged);
    }

    [Fact]
    public void Names_are_resolved_across_the_corpus_and_ambiguous_surnames_kept()
    {
        var speakers = Speakers(_runs.Single);
        // "Kowalczyk said" never meets "Maria Kowalczyk" in its own article: only corpus-level resolution gives the full name.
        Assert.Contains("Maria Kowalczyk", speakers);
        Assert.DoesNotContain("Kowalczyk", speakers);
        // Two Ferreiras in the corpus: a lone "Ferreira" must not be guessed.
        Assert.Contains("Ferreira", speakers);
    }

    [Fact]
    public void A_shard_alone_is_left_unresolved_for_the_merge()
    {
        using var work = new TempFolder();
        TableExtraction.Run(_runs.Corpus, work.Path, ExtractOptions.Default.WithShard(new Shard(2, 5)));
        Assert.Equal(new Shard(2, 5), ShardFiles.ReadShard(work.Path));
        var articles = DataFrame.ReadCsv(Path.Combine(work.Path, "articles.csv"));
        var ids = Enumerable.Range(0, articles.RowCount).Select(i => (string)articles["article_id"][i]!).ToArray();
        // Shard 2/5 holds input positions 1, 6, 11, ...; position 5 of each 397 is a broken line (an error, not an article).
        Assert.Equal("syn-1", ids[0]);
        Assert.Equal("syn-6", ids[1]);
        Assert.DoesNotContain(ids, id => int.Parse(id[4..]) % 5 != 1);
        // This shard holds no article that writes "Maria Kowalczyk" out: its speakers stay as written until the merge.
        Assert.Contains("Kowalczyk", Speakers(work.Path));
    }

    private static HashSet<string> Speakers(string folder)
    {
        var quotes = DataFrame.ReadCsv(Path.Combine(folder, "quotes.csv"));
        return [.. Enumerable.Range(0, quotes.RowCount).Select(i => quotes["speaker"][i] as string ?? "")];
    }

    internal static void AssertSameTables(string expected, string actual)
    {
        foreach (var name in TableSet.FileNames)
        {
            var a = File.ReadAllText(Path.Combine(expected, name));
            var b = File.ReadAllText(Path.Combine(actual, name));
            Assert.True(a == b, $"{name} differs");
        }
    }
}
