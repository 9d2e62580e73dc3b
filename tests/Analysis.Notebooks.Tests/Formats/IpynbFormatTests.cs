using System.Text.Json.Nodes;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Tests.Formats;

public sealed class IpynbFormatTests
{
    [Fact]
    public void Written_notebook_matches_the_snapshot()
    {
        var written = IpynbFormat.Serialize(SampleNotebook());

        Snapshot.Match("sample.ipynb", written);
    }

    [Fact]
    public void Round_trip_of_a_polyglot_notebook_keeps_everything()
    {
        var original = Snapshot.Read("polyglot.ipynb");

        var notebook = IpynbFormat.Parse(original, "polyglot.ipynb");
        var rewritten = IpynbFormat.Serialize(notebook);

        Assert.Equal(original, rewritten);
        Assert.Equal("value", notebook.Metadata["custom_extension"]?["kept"]?.GetValue<string>());
        Assert.Equal("csharp", notebook.Cells[1].KernelName);
        Assert.Equal(["parameters"], notebook.Cells[1].Tags);
    }

    [Fact]
    public void Outputs_round_trip_in_nbformat_shape()
    {
        var notebook = SampleNotebook();

        var parsed = IpynbFormat.Parse(IpynbFormat.Serialize(notebook));

        Assert.Equal(notebook.Cells.Select(c => c.Id), parsed.Cells.Select(c => c.Id));
        Assert.Equal(notebook.Cells.Select(c => c.Source), parsed.Cells.Select(c => c.Source));
        Assert.Equal(notebook.Cells[1].Outputs, parsed.Cells[1].Outputs);
        Assert.Equal(2, parsed.Cells[1].ExecutionCount);
    }

    [Fact]
    public void Text_is_written_as_line_lists_and_json_mimes_as_objects()
    {
        var json = JsonNode.Parse(IpynbFormat.Serialize(SampleNotebook()))!;
        var outputs = json["cells"]![1]!["outputs"]!.AsArray();

        Assert.Equal(["first line\n", "second"], outputs[0]!["text"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.IsType<JsonObject>(outputs[1]!["data"]!["application/vnd.plotly.v1+json"]);
        Assert.Equal(2, outputs[2]!["execution_count"]!.GetValue<int>());
        Assert.Equal(["<b>x</b>\n", "<i>y</i>"], outputs[2]!["data"]!["text/html"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public void Missing_invalid_and_duplicate_ids_are_generated_from_the_index()
    {
        const string Json = """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": "a"},
              {"cell_type": "markdown", "id": "keep-me", "metadata": {}, "source": "b"},
              {"cell_type": "markdown", "id": "keep-me", "metadata": {}, "source": "c"},
              {"cell_type": "markdown", "id": "has space", "metadata": {}, "source": "d"},
              {"cell_type": "markdown", "id": "cell-0", "metadata": {}, "source": "e"}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """;

        var notebook = IpynbFormat.Parse(Json);

        Assert.Equal(["cell-0-2", "keep-me", "cell-2", "cell-3", "cell-0"], notebook.Cells.Select(c => c.Id));
        Assert.All(notebook.Cells, c => Assert.True(CellIds.IsValid(c.Id)));
        Assert.Equal(IpynbFormat.Serialize(notebook), IpynbFormat.Serialize(IpynbFormat.Parse(Json)));
    }

    [Theory]
    [InlineData("abc", true)]
    [InlineData("A-b_9", true)]
    [InlineData("", false)]
    [InlineData("with space", false)]
    [InlineData("ü", false)]
    public void Cell_id_validation_follows_nbformat(string id, bool valid) => Assert.Equal(valid, CellIds.IsValid(id));

    [Fact]
    public void Cell_ids_longer_than_64_characters_are_invalid()
    {
        Assert.True(CellIds.IsValid(new string('a', 64)));
        Assert.False(CellIds.IsValid(new string('a', 65)));
    }

    [Theory]
    [InlineData("{\"cells\": [", "bad.ipynb(1,")]
    [InlineData("{\n \"cells\": [],\n \"nbformat\": 4,,\n}", "bad.ipynb(3,")]
    [InlineData("[]", "bad.ipynb(1,1): a notebook must be a JSON object")]
    [InlineData("{\"cells\": [], \"nbformat\": 3}", "bad.ipynb: unsupported nbformat 3")]
    [InlineData("{\"nbformat\": 4}", "bad.ipynb: the notebook has no \"cells\" array")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"outputs\": [], \"source\": \"\"}, {\"cell_type\": \"slide\"}]}", "bad.ipynb: cell 2: unknown cell_type \"slide\"")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"weird\"}]}]}", "bad.ipynb: cell 1, output 1: unknown output_type \"weird\"")]
    public void Bad_input_names_the_source_and_position(string json, string expectedStart)
    {
        var error = Assert.Throws<NotebookFormatException>(() => IpynbFormat.Parse(json, "bad.ipynb"));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_notebook_passes_the_official_nbformat_validator()
    {
        using var folder = new TempDirectory();
        var path = folder.File("sample.ipynb");
        NotebookFile.Save(SampleNotebook(), path);

        var (exitCode, output) = Python.Run("import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')", path);

        Assert.True(exitCode == 0, output);
        Assert.Equal("valid", output.Trim());
    }

    internal static Notebook SampleNotebook() => NotebookBuilder.Create()
        .Markdown("# Mentions\nWho is quoted, and how often.")
        .Cell(NotebookCell.Code("Console.WriteLine(\"first line\");\nConsole.Write(\"second\");") with
        {
            ExecutionCount = 2,
            Outputs =
            [
                new StreamOutput("stdout", "first line\nsecond"),
                new DisplayDataOutput(MimeBundle.Of(("application/vnd.plotly.v1+json", "{\"data\":[{\"type\":\"bar\",\"x\":[\"a\"],\"y\":[1.5]}],\"layout\":{}}"), ("text/plain", "Chart"))),
                new ExecuteResultOutput(MimeBundle.Of(("text/html", "<b>x</b>\n<i>y</i>"), ("text/plain", "x y"))),
                new ErrorOutput("Exception", "boom \"quoted\"", ["Cell 2: System.Exception: boom", "   at Submission#1 in Cell 2:line 2"]),
            ],
        })
        .Code("var limit = 10;", "parameters")
        .Build();
}
