using Analysis.Notebooks.Formats;
using Analysis.Notebooks.Running;

namespace Analysis.Notebooks.Tests.Running;

public sealed class ParameterInjectorTests
{
    [Theory]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    [InlineData("3000000000", "3000000000")]
    [InlineData("2.5", "2.5")]
    [InlineData("1e3", "1000.0")]
    [InlineData("true", "true")]
    [InlineData("False", "false")]
    [InlineData("../seeds", "\"../seeds\"")]
    [InlineData("say \"hi\"\n", "\"say \\\"hi\\\"\\n\"")]
    [InlineData(" 42", "\" 42\"")]
    [InlineData("", "\"\"")]
    [InlineData("NaN", "\"NaN\"")]
    [InlineData("1,000", "\"1,000\"")]
    [InlineData("yes", "\"yes\"")]
    public void Values_become_typed_literals(string value, string literal) =>
        Assert.Equal(literal, ParameterInjector.Literal(value));

    [Fact]
    public void Injected_cell_follows_the_parameters_cell_and_replaces_an_earlier_injection()
    {
        var notebook = NotebookBuilder.Create()
            .Markdown("# Title")
            .Parameters("var limit = 5;")
            .Code("// stale", ParameterInjector.InjectedTag)
            .Code("limit")
            .Build();

        var injected = ParameterInjector.Inject(notebook, new Dictionary<string, string> { ["limit"] = "10", ["corpus"] = "../seeds" });

        Assert.Equal(4, injected.Cells.Count);
        var cell = injected.Cells[2];
        Assert.Equal([ParameterInjector.InjectedTag], cell.Tags);
        Assert.Equal("// Parameters injected by the notebook runner\nvar corpus = \"../seeds\";\nvar limit = 10;\n", cell.Source);
        Assert.Equal("limit", injected.Cells[3].Source);
        Assert.Equal(injected.Cells.Count, injected.Cells.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Without_a_parameters_cell_the_injection_goes_first()
    {
        var notebook = NotebookBuilder.Create().Markdown("# T").Code("x").Build();

        var injected = ParameterInjector.Inject(notebook, new Dictionary<string, string> { ["x"] = "1" });

        Assert.True(injected.Cells[0].HasTag(ParameterInjector.InjectedTag));
    }

    [Fact]
    public void No_parameters_leave_the_notebook_unchanged()
    {
        var notebook = NotebookBuilder.Create().Parameters("var x = 1;").Build();

        Assert.Same(notebook, ParameterInjector.Inject(notebook, new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("class")]
    [InlineData("a-b")]
    [InlineData("")]
    public void Invalid_names_are_rejected(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => ParameterInjector.Source(new Dictionary<string, string> { [name] = "1" }));

        Assert.Contains($"\"{name}\"", error.Message, StringComparison.Ordinal);
    }
}
