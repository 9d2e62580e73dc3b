using Analysis.Notebooks.Formats;
using Analysis.Notebooks.Reporting;

namespace Analysis.Notebooks.Tests.Reporting;

/// <summary>Environment variables are process-wide: these tests run alone, after every parallel test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}

/// <summary>
/// A missing chromium or plotly.js is reported with a message that says how to fix it, and the rest of the
/// report (tables, executed notebook, its page, the index) is still written.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class MissingToolsTests
{
    [Theory]
    [InlineData("ANALYSIS_CHROMIUM", "apt-get install chromium")]
    [InlineData("ANALYSIS_PLOTLYJS", "ANALYSIS_PLOTLYJS points at")]
    public async Task A_missing_tool_is_a_clear_problem_and_the_rest_of_the_report_is_written(string variable, string hint)
    {
        using var dir = new TempDirectory();
        dir.Write("corpus/a.txt", "The Pentagon said on Oct. 18 that it has no plans to send ground troops to Israel.\n\nAt least 12 people were killed, officials said.");
        NotebookFile.Save(NotebookBuilder.Create()
            .Parameters("var corpusPath = \"\";")
            .Code("var corpus = Corpus.Load(corpusPath);\ncorpus.Statements")
            .Code("corpus.StanceCountsByMonthChart()")
            .Build(), dir.File("notebooks/chart.ipynb"));
        var previous = Environment.GetEnvironmentVariable(variable);
        Environment.SetEnvironmentVariable(variable, dir.File("no-such-tool"));
        ReportResult result;
        try
        {
            result = await ReportBuilder.BuildAsync(new ReportOptions
            {
                Corpus = dir.File("corpus"),
                OutputFolder = dir.File("out"),
                NotebooksFolder = dir.File("notebooks"),
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, previous);
        }

        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("chart images were not exported", problem);
        Assert.Contains(hint, problem);
        var notebook = Assert.Single(result.Notebooks);
        Assert.True(notebook.Success, notebook.Error);
        Assert.Equal(1, notebook.Charts);
        foreach (var file in new[] { "index.html", "chart.html", "notebooks/chart.ipynb", "tables/articles.csv", "tables/statements.csv" })
            Assert.True(File.Exists(dir.File("out/" + file)), file);
        Assert.False(Directory.Exists(dir.File("out/charts")) && Directory.EnumerateFiles(dir.File("out/charts")).Any());
        var index = File.ReadAllText(dir.File("out/index.html"));
        Assert.Contains("<p class=\"problem\">chart images were not exported", index);
        var page = File.ReadAllText(dir.File("out/chart.html"));
        if (variable == "ANALYSIS_PLOTLYJS")
            Assert.Contains("<p class=\"error plotly-missing\">Charts cannot be drawn: ANALYSIS_PLOTLYJS points at", page);
        else
            Assert.Contains("Plotly.newPlot", page);
    }

    [Theory]
    [InlineData("../../escape")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\..\\..\\b")]
    [InlineData("")]
    public void Report_paths_stay_inside_the_output_folder(string name)
    {
        var layout = new ReportLayout(Path.Combine(Path.GetTempPath(), "report-root"));
        foreach (var path in new[] { layout.Page(name), layout.Notebook(name), layout.Chart(name, 1, "png") })
            Assert.StartsWith(layout.Root + Path.DirectorySeparatorChar, Path.GetFullPath(path));
    }
}
