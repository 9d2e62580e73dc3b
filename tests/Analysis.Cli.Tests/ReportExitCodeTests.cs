using Analysis.Notebooks.Formats;

namespace Analysis.Cli.Tests;

/// <summary><c>analysis report</c> says through its exit code and one summary line when a notebook failed or input was skipped.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReportExitCodeTests
{
    [Fact]
    public void A_failing_notebook_or_skipped_input_exits_1_and_the_rest_is_written()
    {
        using var dir = new TempDir();
        dir.Write("corpus/a.txt", "At least 12 people were killed, officials said on Tuesday.");
        dir.WriteBytes("corpus/empty.txt", []);
        NotebookFile.Save(NotebookBuilder.Create()
            .Parameters("var corpusPath = \"\";")
            .Code("throw new InvalidOperationException(\"boom\");")
            .Build(), dir["notebooks/a_broken.ipynb"]);
        NotebookFile.Save(NotebookBuilder.Create()
            .Parameters("var corpusPath = \"\";")
            .Code("Corpus.Load(corpusPath).Figures")
            .Build(), dir["notebooks/b_ok.ipynb"]);

        var run = Cli.Run("report", dir["corpus"], "--out", dir["out"], "--notebooks", dir["notebooks"], "--no-images");

        Assert.Equal(Program.Partial, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("report: 1 of 2 notebooks failed, 1 input(s) skipped", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.Contains("FAILED a_broken", StringComparison.Ordinal) && l.Contains("boom", StringComparison.Ordinal));
        foreach (var file in new[] { "index.html", "a_broken.html", "b_ok.html", "notebooks/b_ok.ipynb", "tables/figures.csv", "tables/errors.csv" })
            Assert.True(File.Exists(Path.Combine(dir["out"], file)), file);
        Assert.Contains("empty file", File.ReadAllText(Path.Combine(dir["out"], "tables", "errors.csv")));
    }

    [Fact]
    public void A_clean_report_exits_0()
    {
        using var dir = new TempDir();
        dir.Write("corpus/a.txt", "At least 12 people were killed, officials said on Tuesday.");
        NotebookFile.Save(NotebookBuilder.Create()
            .Parameters("var corpusPath = \"\";")
            .Code("Corpus.Load(corpusPath).Figures")
            .Build(), dir["notebooks/ok.ipynb"]);
        var run = Cli.Run("report", dir["corpus"], "--out", dir["out"], "--notebooks", dir["notebooks"], "--no-images");
        Assert.Equal(Program.Success, run.ExitCode);
        Assert.Contains("report: 1 notebooks ok", run.OutLines[^1]);
    }
}
