using System.Reflection;

namespace Analysis.Cli.Tests;

/// <summary><c>analysis extract --shard</c> and <c>analysis merge</c> end to end, and their usage errors.</summary>
[Collection("console")]
public sealed class ShardMergeCommandTests : IDisposable
{
    private static readonly string Seeds = Path.Combine(
        typeof(ShardMergeCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!, "seeds");

    private static readonly string[] Tables = ["articles.csv", "mentions.csv", "quotes.csv", "figures.csv", "statements.csv", "dates.csv", "errors.csv"];

    private readonly string _work = Directory.CreateTempSubdirectory("analysis-cli-shard-").FullName;

    [Fact]
    public void Extracting_shards_and_merging_them_gives_the_tables_of_one_run()
    {
        Assert.Equal(0, Run("extract", Seeds, "--out", At("all"), "-j", "1", "-q").Code);
        Assert.Equal(0, Run("extract", Seeds, "--out", At("s1"), "--shard", "1/3", "-q").Code);
        Assert.Equal(0, Run("extract", Seeds, "--out", At("s2"), "--shard", "2/3", "-q").Code);
        Assert.Equal(0, Run("extract", Seeds, "--out", At("s3"), "--shard", "3/3", "-q").Code);
        var merge = Run("merge", At("s2"), At("s3"), At("s1"), "--out", At("merged"));
        Assert.Equal(0, merge.Code);
        Assert.Contains("merged 3 shard(s): extracted 4 articles", merge.Out);
        foreach (var table in Tables)
            Assert.Equal(File.ReadAllText(Path.Combine(At("all"), table)), File.ReadAllText(Path.Combine(At("merged"), table)));
    }

    [Fact]
    public void Stats_print_throughput_and_peak_memory()
    {
        var run = Run("extract", Seeds, "--out", At("stats"), "-q", "--stats");
        Assert.Equal(0, run.Code);
        Assert.Matches(@"(?m)^elapsed_s=\d+\.\d+$", run.Out);
        Assert.Matches(@"(?m)^articles=4$", run.Out);
        Assert.Matches(@"(?m)^mb_per_s=\d+\.\d+$", run.Out);
        Assert.Matches(@"(?m)^startup_s=\d+\.\d+$", run.Out);
        Assert.Matches(@"(?m)^analyse_s=\d+\.\d+$", run.Out);
        Assert.Matches(@"(?m)^jit_s=\d+\.\d+$", run.Out);
        Assert.Matches(@"(?m)^jit_methods=[1-9]\d*$", run.Out);
        if (File.Exists("/proc/self/status")) Assert.Matches(@"(?m)^peak_rss_mb=\d+\.\d$", run.Out);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("half")]
    public void A_bad_shard_is_a_usage_error(string shard)
    {
        var run = Run("extract", Seeds, "--out", At("bad"), "--shard", shard);
        Assert.Equal(2, run.Code);
        Assert.Contains($"--shard '{shard}' is not K/N", run.Error);
        Assert.False(Directory.Exists(At("bad")));
    }

    [Fact]
    public void Sentences_with_a_shard_is_a_usage_error()
    {
        var run = Run("extract", Seeds, "--out", At("bad"), "--shard", "1/2", "--sentences");
        Assert.Equal(2, run.Code);
        Assert.Contains("--sentences cannot be combined with --shard", run.Error);
        Assert.False(Directory.Exists(At("bad")));
    }

    [Fact]
    public void Sentences_writes_sentences_csv_beside_the_seven_tables()
    {
        Assert.Equal(0, Run("extract", Seeds, "--out", At("with"), "--sentences", "-q").Code);
        Assert.Equal(0, Run("extract", Seeds, "--out", At("without"), "-q").Code);
        Assert.StartsWith("article_id,sentence,paragraph,start,end,sentence_text\n", File.ReadAllText(Path.Combine(At("with"), "sentences.csv")).ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(At("without"), "sentences.csv")));
        foreach (var table in Analysis.Tables.TableSet.FileNames)
            Assert.Equal(File.ReadAllText(Path.Combine(At("without"), table)), File.ReadAllText(Path.Combine(At("with"), table)));
    }

    [Fact]
    public void Merging_an_incomplete_set_of_shards_is_a_usage_error()
    {
        Assert.Equal(0, Run("extract", Seeds, "--out", At("s1"), "--shard", "1/2", "-q").Code);
        var run = Run("merge", At("s1"), "--out", At("merged"));
        Assert.Equal(2, run.Code);
        Assert.Contains("missing shard(s) 2/2", run.Error);
    }

    [Fact]
    public void Merging_a_folder_that_is_not_a_shard_names_it()
    {
        Assert.Equal(0, Run("extract", Seeds, "--out", At("plain"), "-q").Code);
        var run = Run("merge", At("plain"), "--out", At("merged"));
        Assert.Equal(2, run.Code);
        Assert.Contains(At("plain"), run.Error);
        Assert.Contains("--shard K/N", run.Error);
    }

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    private string At(string name) => Path.Combine(_work, name);

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try { return (Program.Main(args), o.ToString(), e.ToString()); }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
