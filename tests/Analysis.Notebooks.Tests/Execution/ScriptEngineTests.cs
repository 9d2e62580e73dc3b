using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class ScriptEngineTests
{
    [Fact]
    public async Task State_carries_from_cell_to_cell()
    {
        using var engine = new ScriptEngine();
        await engine.ExecuteAsync("var x = 40;");
        await engine.ExecuteAsync("int Add(int a) => a + x;");
        var result = await engine.ExecuteAsync("Add(2)");

        Assert.True(result.Success);
        Assert.Equal("42", PlainResult(result));
        Assert.Equal(3, engine.ExecutionCount);
    }

    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("\"text\"", "text")]
    [InlineData("new[] { 1, 2, 3 }", "[1, 2, 3]")]
    [InlineData("new List<string> { \"a\", \"b\" }", "[\"a\", \"b\"]")]
    [InlineData("1.5", "1.5")]
    [InlineData("true", "true")]
    public async Task Last_expression_without_semicolon_is_the_execute_result(string code, string expected)
    {
        using var engine = new ScriptEngine();
        var result = await engine.ExecuteAsync(code);

        Assert.True(result.Success);
        Assert.Equal(expected, PlainResult(result));
    }

    [Theory]
    [InlineData("Math.Max(1, 2);")]
    [InlineData("var y = 3;")]
    [InlineData("Console.Write(\"\")")]
    public async Task Cells_without_a_trailing_value_have_no_execute_result(string code)
    {
        using var engine = new ScriptEngine();
        var result = await engine.ExecuteAsync(code);

        Assert.True(result.Success);
        Assert.DoesNotContain(result.Outputs, o => o is ExecuteResultOutput);
    }

    [Fact]
    public async Task Display_emits_display_data_live_in_order_with_streams()
    {
        using var engine = new ScriptEngine();
        var sink = new RecordingSink();
        var result = await engine.ExecuteAsync("Console.WriteLine(\"before\"); display(42); Console.Error.WriteLine(\"oops\"); \"end\"", sink);

        Assert.True(result.Success);
        Assert.Equal(
            [
                new StreamOutput("stdout", "before\n"),
                new DisplayDataOutput(MimeBundle.PlainText("42")),
                new StreamOutput("stderr", "oops\n"),
                new ExecuteResultOutput(MimeBundle.PlainText("end")),
            ],
            result.Outputs);
        Assert.Equal(result.Outputs, sink.Outputs);
    }

    [Fact]
    public async Task Html_global_displays_as_text_html()
    {
        using var engine = new ScriptEngine();
        var result = await engine.ExecuteAsync("HTML(\"<b>bold</b>\")");

        var output = Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Outputs));
        Assert.Equal("<b>bold</b>", output.Data["text/html"]);
    }

    [Fact]
    public async Task Partial_lines_are_flushed_at_the_end_and_adjacent_chunks_merged()
    {
        using var engine = new ScriptEngine();
        var result = await engine.ExecuteAsync("Console.Write(\"a\"); Console.Write(\"b\\nc\"); Console.Write('d');");

        Assert.Equal([new StreamOutput("stdout", "ab\ncd")], result.Outputs);
    }

    [Fact]
    public async Task Output_of_tasks_started_by_the_cell_stays_with_the_cell()
    {
        using var engine = new ScriptEngine();
        var result = await engine.ExecuteAsync("await Task.Run(() => Console.WriteLine(\"from a task\"));");

        Assert.Equal([new StreamOutput("stdout", "from a task\n")], result.Outputs);
    }

    [Fact]
    public async Task Concurrent_engines_do_not_mix_console_output()
    {
        using var first = new ScriptEngine();
        using var second = new ScriptEngine();
        const string Loop = "for (var i = 0; i < 200; i++) { Console.WriteLine(\"{0}\"); await Task.Yield(); }";

        var results = await Task.WhenAll(
            first.ExecuteAsync(Loop.Replace("{0}", "first")),
            second.ExecuteAsync(Loop.Replace("{0}", "second")));

        Assert.Equal(string.Concat(Enumerable.Repeat("first\n", 200)), Assert.IsType<StreamOutput>(Assert.Single(results[0].Outputs)).Text);
        Assert.Equal(string.Concat(Enumerable.Repeat("second\n", 200)), Assert.IsType<StreamOutput>(Assert.Single(results[1].Outputs)).Text);
    }

    [Fact]
    public async Task Exception_becomes_an_error_naming_the_cell_and_line()
    {
        using var engine = new ScriptEngine();
        var result = await engine.ExecuteAsync("var a = 1;\nthrow new InvalidOperationException(\"bad figure\");", cellLabel: "cell 'totals' (#4)");

        Assert.False(result.Success);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("InvalidOperationException", error.EName);
        Assert.Equal("bad figure", error.EValue);
        Assert.Equal("cell 'totals' (#4): System.InvalidOperationException: bad figure", error.Traceback[0]);
        Assert.Contains(error.Traceback, line => line.EndsWith("in cell 'totals' (#4):line 2", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Traceback, line => line.Contains(Path.GetTempPath(), StringComparison.Ordinal) || line.Contains("/work/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Default_cell_label_uses_the_execution_count()
    {
        using var engine = new ScriptEngine();
        await engine.ExecuteAsync("1");
        var result = await engine.ExecuteAsync("throw new Exception(\"x\");");

        Assert.StartsWith("Cell [2]: System.Exception: x", result.Error!.Traceback[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_defined_before_an_exception_survive_and_output_before_it_is_kept()
    {
        using var engine = new ScriptEngine();
        var failed = await engine.ExecuteAsync("var kept = 7; Console.WriteLine(\"partial\"); throw new Exception(\"late\");");
        var next = await engine.ExecuteAsync("kept * 6");

        Assert.Equal(new StreamOutput("stdout", "partial\n"), failed.Outputs[0]);
        Assert.IsType<ErrorOutput>(failed.Outputs[1]);
        Assert.Equal("42", PlainResult(next));
    }

    [Theory]
    [InlineData("var s = \"a\";\nint n = s;", "(2,9): error CS0029")]
    [InlineData("undefinedName + 1", "(1,1): error CS0103")]
    [InlineData("while (true) { missing(); }", "(1,16): error CS0103")]
    public async Task Compile_errors_report_positions_relative_to_the_cell(string code, string expected)
    {
        using var engine = new ScriptEngine();
        var result = await engine.ExecuteAsync(code, cellLabel: "Cell 9");

        Assert.False(result.Success);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Equal("CompilationError", error.EName);
        Assert.StartsWith(expected, error.EValue, StringComparison.Ordinal);
        Assert.Equal("Cell 9: compilation failed with 1 error", error.Traceback[0]);
        Assert.StartsWith("  " + expected, error.Traceback[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_compile_does_not_change_the_state()
    {
        using var engine = new ScriptEngine();
        await engine.ExecuteAsync("var v = 1;");
        await engine.ExecuteAsync("var v = \"text\"; int broken = \"no\";");
        var result = await engine.ExecuteAsync("v + 1");

        Assert.Equal("2", PlainResult(result));
    }

    [Fact]
    public async Task Default_usings_and_analysis_assemblies_need_no_directives()
    {
        using var engine = new ScriptEngine();
        var result = await engine.ExecuteAsync(
            "var sb = new StringBuilder(); sb.Append(new List<int> { 1, 2 }.Sum()); " +
            "typeof(Analysis.Articles.Article).Assembly.GetName().Name + \":\" + sb + \":\" + typeof(HttpClient).Name");

        Assert.True(result.Success, result.Error?.EValue);
        Assert.Equal("Analysis.Core:3:HttpClient", PlainResult(result));
    }

    internal static string? PlainResult(ExecutionResult result) =>
        result.Outputs.OfType<ExecuteResultOutput>().SingleOrDefault()?.Data["text/plain"];
}
