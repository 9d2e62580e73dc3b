using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Tests.Formats;

public sealed class DibFormatTests
{
    [Fact]
    public void Reads_cells_by_marker_and_ignores_the_meta_block()
    {
        const string Dib = "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\"}}\n\n#!markdown\n\n# Title\n\ntext\n\n#!csharp\n\n#!time\nvar x = 1;\n\n\n#!c#\nx + 1\n";

        var notebook = DibFormat.Parse(Dib);

        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Code], notebook.Cells.Select(c => c.Kind));
        Assert.Equal(["# Title\n\ntext", "#!time\nvar x = 1;", "x + 1"], notebook.Cells.Select(c => c.Source));
        Assert.All(notebook.Cells.Skip(1), c => Assert.Equal("csharp", c.KernelName));
        Assert.Equal(["cell-0", "cell-1", "cell-2"], notebook.Cells.Select(c => c.Id));
        Assert.Equal(".net-csharp", notebook.Metadata["kernelspec"]?["name"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("var a = 1;", "csharp")]
    [InlineData("#!fsharp\nlet a = 1", "fsharp")]
    [InlineData("#!pwsh\nGet-Date", "pwsh")]
    [InlineData("\r\n#!cs\r\nvar a = 1;\r\n", "csharp")]
    public void Content_without_marker_is_csharp_and_other_kernels_are_kept(string dib, string kernel)
    {
        var cell = Assert.Single(DibFormat.Parse(dib).Cells);

        Assert.Equal(kernel, cell.KernelName);
        Assert.DoesNotContain("\r", cell.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_dib_has_no_cells() => Assert.Empty(DibFormat.Parse("#!meta\n{}\n\n#!csharp\n\n").Cells);

    [Fact]
    public void Dib_file_loads_by_extension_and_saves_as_valid_ipynb()
    {
        using var folder = new TempDirectory();
        var dib = folder.Write("report.dib", "#!markdown\n# Report\n#!csharp\nConsole.WriteLine(1);\n");
        var ipynb = folder.File("out/report.ipynb");

        NotebookFile.Save(NotebookFile.Load(dib), ipynb);

        var (exitCode, output) = Python.Run("import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", ipynb);
        Assert.True(exitCode == 0, output);
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("notes")]
    public void Unknown_extensions_are_rejected_with_the_path(string name)
    {
        using var folder = new TempDirectory();
        var path = folder.Write(name, "{}");

        var error = Assert.Throws<NotebookFormatException>(() => NotebookFile.Load(path));

        Assert.StartsWith(path + ": unknown notebook type", error.Message, StringComparison.Ordinal);
    }
}
