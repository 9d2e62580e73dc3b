namespace Analysis.Cli.Tests;

/// <summary>
/// <c>analysis run</c>: a notebook runs in its own folder, but a corpus path given with <c>-p corpusPath=</c> is read
/// from where the command is run.
/// </summary>
[Collection("console")]
public sealed class RunCommandTests
{
    private static string People => Path.Combine(Cli.RepoRoot, "notebooks", "people.ipynb");

    [Fact]
    public void A_relative_corpus_path_is_read_from_the_current_folder()
    {
        using var dir = new TempDir();
        var fromHere = Path.GetRelativePath(Directory.GetCurrentDirectory(), Cli.Seeds);
        Assert.False(Path.IsPathRooted(fromHere));

        var run = Cli.Run("run", People, "-p", $"corpusPath={fromHere}", "--out", dir.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ran people", run.Out);
        Assert.True(File.Exists(Path.Combine(dir.Path, "people.ipynb")));
    }

    [Fact]
    public void A_missing_corpus_is_named_with_its_full_path()
    {
        using var dir = new TempDir();
        var run = Cli.Run("run", People, "-p", "corpusPath=no-such-corpus", "--out", dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAILED people", run.Out);
        Assert.Contains(Path.Combine(Directory.GetCurrentDirectory(), "no-such-corpus"), run.Out);
    }
}
