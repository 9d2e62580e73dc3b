using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formats;
using Analysis.Notebooks.Running;

namespace Analysis.Notebooks.Tests.Running;

public sealed class NotebookRunnerTests
{
    [Fact]
    public async Task Runs_code_cells_in_order_with_parameters_overriding_defaults()
    {
        var notebook = NotebookBuilder.Create()
            .Markdown("# Report")
            .Parameters("var limit = 5;\nvar label = \"default\";")
            .Code("Console.WriteLine(label);")
            .Code("limit * 2")
            .Build();

        var result = await NotebookRunner.RunAsync(notebook, new RunOptions().WithParameter("limit", "21").WithParameter("label", "from run"));

        Assert.True(result.Success);
        Assert.Null(result.FailedCellIndex);
        var cells = result.Notebook.Cells;
        Assert.Equal(5, cells.Count);
        Assert.Null(cells[0].ExecutionCount);
        Assert.Equal([1, 2, 3, 4], cells.Skip(1).Select(c => c.ExecutionCount ?? -1));
        Assert.Equal([new StreamOutput("stdout", "from run\n")], cells[3].Outputs);
        Assert.Equal([new ExecuteResultOutput(MimeBundle.PlainText("42"))], cells[4].Outputs);
        Assert.Equal([1, 2, 3, 4], result.Timings.Select(t => t.CellIndex));
    }

    [Fact]
    public async Task Stops_at_the_first_failing_cell_and_leaves_the_rest_unexecuted()
    {
        var stale = NotebookCell.Code("Console.WriteLine(\"never\");") with { ExecutionCount = 9, Outputs = [new StreamOutput("stdout", "old\n")] };
        var notebook = NotebookBuilder.Create()
            .Code("var ok = 1;")
            .Code("throw new InvalidOperationException(\"no data\");")
            .Cell(stale)
            .Build();

        var result = await NotebookRunner.RunAsync(notebook);

        Assert.False(result.Success);
        Assert.Equal(1, result.FailedCellIndex);
        Assert.Equal("InvalidOperationException", result.Error?.EName);
        Assert.Equal("Cell 2 (id: cell-1): System.InvalidOperationException: no data", result.Error!.Traceback[0]);
        Assert.Null(result.Notebook.Cells[2].ExecutionCount);
        Assert.Empty(result.Notebook.Cells[2].Outputs);
        Assert.Equal(2, result.Timings.Count);
    }

    [Fact]
    public async Task Notebook_files_run_in_their_own_folder()
    {
        using var folder = new TempDirectory();
        folder.Write("seeds/count.txt", "17");
        var path = folder.File("notebooks/analysis.ipynb");
        NotebookFile.Save(NotebookBuilder.Create().Code("int.Parse(File.ReadAllText(\"../seeds/count.txt\")) + 25").Build(), path);

        var result = await NotebookRunner.RunAsync(path);

        Assert.True(result.Success, result.Error?.EValue);
        Assert.Equal("42", result.Notebook.Cells[0].Outputs.OfType<ExecuteResultOutput>().Single().Data["text/plain"]);
        Assert.NotEqual(Path.Combine(folder.Path, "notebooks"), Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task Cell_timeout_fails_the_cell()
    {
        var notebook = NotebookBuilder.Create().Code("while (true) { }").Code("1").Build();

        var result = await NotebookRunner.RunAsync(notebook, new RunOptions { CellTimeout = TimeSpan.FromMilliseconds(200) });

        Assert.Equal(0, result.FailedCellIndex);
        Assert.Equal("TimeoutException", result.Error?.EName);
    }

    [Fact]
    public async Task Non_csharp_cells_fail_with_a_clear_error()
    {
        var notebook = DibFormat.Parse("#!csharp\nvar a = 1;\n#!fsharp\nlet b = 2\n");

        var result = await NotebookRunner.RunAsync(notebook);

        Assert.Equal(1, result.FailedCellIndex);
        Assert.Contains("\"fsharp\"", result.Error!.EValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executed_notebook_is_valid_nbformat()
    {
        using var folder = new TempDirectory();
        var notebook = NotebookBuilder.Create()
            .Code("Console.WriteLine(\"out\"); Console.Error.WriteLine(\"err\"); display(HTML(\"<p>hi</p>\")); 3")
            .Code("throw new Exception(\"x\");")
            .Build();

        var result = await NotebookRunner.RunAsync(notebook);
        var path = folder.File("executed.ipynb");
        NotebookFile.Save(result.Notebook, path);

        var (exitCode, output) = Python.Run("import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path);
        Assert.True(exitCode == 0, output);
    }
}
