using System.Text.RegularExpressions;
using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>The executed notebooks of the seed report: every cell ran, nbformat accepts them, nbconvert turns them into HTML.</summary>
[Collection(ReportCollection.Name)]
public sealed class ReportNotebookTests(ReportFixture report)
{
    public static TheoryData<string> Notebooks() => new(ReportFixture.NotebookNames);

    [Fact]
    public void The_report_ran_every_notebook_and_exported_every_chart()
    {
        Assert.True(report.Result.Success, string.Join("\n", report.Result.Problems.Concat(report.Result.Notebooks.Select(n => $"{n.Name}: {n.Error}"))));
        Assert.Equal(ReportFixture.NotebookNames, report.Result.Notebooks.Select(n => n.Name));
        Assert.Equal(4, report.Result.Extraction.Articles);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_code_cell_ran_in_order_without_an_error(string name)
    {
        var notebook = NotebookFile.Load(report.Layout.Notebook(name));
        var code = notebook.Cells.Where(c => c.Kind == CellKind.Code).ToList();
        Assert.Equal(Enumerable.Range(1, code.Count).Select(i => (int?)i), code.Select(c => c.ExecutionCount));
        Assert.DoesNotContain(code.SelectMany(c => c.Outputs), o => o is Analysis.Notebooks.Execution.ErrorOutput);
        Assert.Equal(report.Result.Notebooks.Single(n => n.Name == name).Charts, report.Figures(name).Count);
        Assert.NotEmpty(report.Figures(name));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_executed_notebook_holds_no_machine_path(string name)
    {
        var text = File.ReadAllText(report.Layout.Notebook(name));
        Assert.DoesNotContain(Path.GetDirectoryName(report.Root)!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(RepoPaths.Root.TrimEnd('/'), text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_executed_notebook_reruns_where_it_is_written(string name)
    {
        // The injected corpus path is the report's tables, relative to the executed copy, so opening
        // report/notebooks/NAME.ipynb in Jupyter or `analysis run` and running it again reads the same tables.
        var path = report.Layout.Notebook(name);
        var injected = NotebookFile.Load(path).Cells.Single(c => c.HasTag(Analysis.Notebooks.Running.ParameterInjector.InjectedTag));
        var literal = Regex.Match(injected.Source, "var corpusPath = \"([^\"]*)\";");
        Assert.True(literal.Success, injected.Source);
        Assert.False(Path.IsPathRooted(literal.Groups[1].Value), literal.Value);
        var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, literal.Groups[1].Value));
        Assert.Equal(Path.TrimEndingDirectorySeparator(report.Layout.Tables), Path.TrimEndingDirectorySeparator(resolved));
        Assert.Equal("../tables", literal.Groups[1].Value);
        Assert.True(Corpus.IsTableFolder(resolved));
        Assert.True(File.Exists(Path.Combine(resolved, Analysis.Tables.TableSet.SentencesFile)));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Nbformat_validates_the_executed_notebook(string name)
    {
        var (exit, output) = Python.Run(
            "import nbformat,sys; nb=nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT); nbformat.validate(nb); "
            + "print('valid', nb.nbformat, nb.nbformat_minor)", report.Layout.Notebook(name));
        Assert.True(exit == 0, output);
        Assert.Contains("valid 4 5", output);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Nbconvert_turns_the_executed_notebook_into_html(string name)
    {
        var target = Directory.CreateTempSubdirectory("reportqa-nbconvert-");
        try
        {
            var (exit, stdout, stderr) = ExternalTool.Run("/usr/bin/jupyter-nbconvert",
                ["--to", "html", "--output-dir", target.FullName, report.Layout.Notebook(name)], TimeSpan.FromMinutes(2));
            Assert.True(exit == 0, stdout + stderr);
            var html = File.ReadAllText(Path.Combine(target.FullName, name + ".html"));
            var heading = NotebookFile.Load(report.Layout.Notebook(name)).Cells.First(c => c.Kind == CellKind.Markdown).Source.Split('\n')[0].TrimStart('#', ' ');
            Assert.Contains(System.Net.WebUtility.HtmlEncode(heading), html, StringComparison.Ordinal);
            // nbconvert's HTML template shows each chart through its text/html fallback: one chart div per figure.
            Assert.Equal(report.Figures(name).Count, CountOccurrences(html, "class=\"analysis-chart\""));
        }
        finally
        {
            target.Delete(recursive: true);
        }
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
