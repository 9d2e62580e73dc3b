using System.Text.Json;
using System.Text.RegularExpressions;
using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>
/// The notebooks committed in <c>notebooks/</c> are canonical: nbformat 4.5 with Polyglot metadata (so VS Code's
/// Polyglot Notebooks and Jupyter open them as C#), a valid unique id on every cell, no outputs, a tagged parameters
/// cell, and byte-for-byte what our own writer produces (so a hand edit that breaks the format shows up here).
/// </summary>
public sealed partial class CommittedNotebookTests
{
    public static TheoryData<string> Notebooks() => new(ReportFixture.NotebookNames);

    [Fact]
    public void The_notebooks_folder_holds_exactly_the_report_notebooks()
    {
        var names = Directory.EnumerateFiles(RepoPaths.Notebooks, "*.ipynb").Select(System.IO.Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(ReportFixture.NotebookNames, names);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_is_written_by_our_own_writer(string name)
    {
        var text = File.ReadAllText(Path(name));
        Assert.Equal(text, IpynbFormat.Serialize(IpynbFormat.Parse(text, name)));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_is_nbformat_4_5_with_polyglot_csharp_metadata(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path(name)));
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(5, root.GetProperty("nbformat_minor").GetInt32());
        var metadata = root.GetProperty("metadata");
        Assert.Equal(".net-csharp", metadata.GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("C#", metadata.GetProperty("kernelspec").GetProperty("language").GetString());
        var kernelInfo = metadata.GetProperty("polyglot_notebook").GetProperty("kernelInfo");
        Assert.Equal("csharp", kernelInfo.GetProperty("defaultKernelName").GetString());
        Assert.Contains(kernelInfo.GetProperty("items").EnumerateArray(), i => i.GetProperty("name").GetString() == "csharp");
        foreach (var cell in Code(root))
        {
            var cellMetadata = cell.GetProperty("metadata");
            Assert.Equal("csharp", cellMetadata.GetProperty("dotnet_interactive").GetProperty("language").GetString());
            Assert.Equal("csharp", cellMetadata.GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_cell_has_a_valid_unique_id(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path(name)));
        var ids = json.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        Assert.All(ids, id => Assert.Matches(CellId(), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Outputs_are_cleared(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path(name)));
        var code = Code(json.RootElement).ToList();
        Assert.NotEmpty(code);
        Assert.All(code, cell =>
        {
            Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        });
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_corpus_path_is_set_in_the_one_cell_tagged_parameters(string name)
    {
        var notebook = NotebookFile.Load(Path(name));
        var tagged = notebook.Cells.Where(c => c.Kind == CellKind.Code && c.Tags.Contains("parameters")).ToList();
        var cell = Assert.Single(tagged);
        Assert.Matches(@"(?m)^var corpusPath = ""[^""]+"";", cell.Source);
        // Every other code cell reads the parameter rather than a literal path.
        Assert.DoesNotContain(notebook.Cells.Where(c => c.Kind == CellKind.Code && c != cell), c => c.Source.Contains("seeds", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Nbformat_validates_the_committed_notebook(string name)
    {
        var (exit, output) = Python.Run("import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)); print('valid')", Path(name));
        Assert.True(exit == 0, output);
        Assert.Contains("valid", output);
    }

    private static string Path(string name) => System.IO.Path.Combine(RepoPaths.Notebooks, name + ".ipynb");

    private static IEnumerable<JsonElement> Code(JsonElement root) =>
        root.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code");

    // nbformat 4.5's schema for cell ids.
    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$")]
    private static partial Regex CellId();
}
