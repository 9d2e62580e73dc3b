using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class EngineServicesTests
{
    [Theory]
    [InlineData("var x = 1;", IsCompleteStatus.Complete)]
    [InlineData("1 + 1", IsCompleteStatus.Complete)]
    [InlineData("", IsCompleteStatus.Complete)]
    [InlineData("if (true) {", IsCompleteStatus.Incomplete)]
    [InlineData("var s = \"unclosed", IsCompleteStatus.Incomplete)]
    [InlineData("var s = @\"verbatim\nstill open", IsCompleteStatus.Incomplete)]
    [InlineData("Console.WriteLine(", IsCompleteStatus.Incomplete)]
    [InlineData("class C {", IsCompleteStatus.Incomplete)]
    [InlineData("var x = 1; }", IsCompleteStatus.Invalid)]
    [InlineData("int 5x = 3;", IsCompleteStatus.Invalid)]
    public void IsComplete_classifies_submissions(string code, IsCompleteStatus expected)
    {
        using var engine = new ScriptEngine();
        Assert.Equal(expected, engine.IsComplete(code));
    }

    [Fact]
    public async Task Completes_members_after_a_dot()
    {
        using var engine = new ScriptEngine();
        const string Code = "\"abc\".Len";

        var completion = await engine.CompleteAsync(Code, Code.Length);

        Assert.Equal(["Length"], completion.Matches);
        Assert.Equal(6, completion.CursorStart);
        Assert.Equal(Code.Length, completion.CursorEnd);
    }

    [Fact]
    public async Task Completes_every_member_right_after_the_dot_including_extension_methods()
    {
        using var engine = new ScriptEngine();
        const string Code = "new List<int>().";

        var completion = await engine.CompleteAsync(Code, Code.Length);

        Assert.Contains("Add", completion.Matches);
        Assert.Contains("Count", completion.Matches);
        Assert.Contains("Select", completion.Matches);
        Assert.DoesNotContain("ReferenceEquals", completion.Matches); // static members of object are not instance members
        Assert.Equal(Code.Length, completion.CursorStart);
    }

    [Fact]
    public async Task Completes_variables_of_earlier_cells_and_static_members_of_types()
    {
        using var engine = new ScriptEngine();
        await engine.ExecuteAsync("var casualtyCount = 3; var casualtyNames = new[] { \"a\" };");

        var symbols = await engine.CompleteAsync("casu", 4);
        var statics = await engine.CompleteAsync("Math.Ma", 7);

        Assert.Equal(["casualtyCount", "casualtyNames"], symbols.Matches);
        Assert.Equal(0, symbols.CursorStart);
        Assert.Equal(["Max", "MaxMagnitude"], statics.Matches);
    }

    [Fact]
    public async Task Completion_in_an_unknown_receiver_returns_nothing()
    {
        using var engine = new ScriptEngine();
        var completion = await engine.CompleteAsync("nothingHere.Fo", 14);

        Assert.Empty(completion.Matches);
    }

    [Fact]
    public async Task Inspect_shows_signature_and_summary_of_our_library()
    {
        using var engine = new ScriptEngine();
        const string Code = "Analysis.Notebooks.Execution.MimeBundle.PlainText";

        var result = await engine.InspectAsync(Code, Code.Length, detailLevel: 0);

        Assert.NotNull(result);
        var text = result.Data["text/plain"];
        Assert.StartsWith("MimeBundle.PlainText(string)", text, StringComparison.Ordinal);
        Assert.Contains("A bundle holding only text/plain.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_on_whitespace_returns_null()
    {
        using var engine = new ScriptEngine();
        Assert.Null(await engine.InspectAsync("   ", 1, detailLevel: 0));
    }

    [Fact]
    public async Task References_a_real_dll_relative_to_the_working_directory()
    {
        using var folder = new TempDirectory();
        TestAssemblies.Emit(folder.File("libs/Greeter.dll"), "public static class Greeter { public static string Hello(string name) => \"Hello, \" + name; }");
        using var engine = new ScriptEngine(new EngineOptions { WorkingDirectory = folder.Path });

        var result = await engine.ExecuteAsync("#r \"libs/Greeter.dll\"\nGreeter.Hello(\"analyst\")");

        Assert.True(result.Success, result.Error?.EValue);
        Assert.Equal("Hello, analyst", ScriptEngineTests.PlainResult(result));
    }

    [Fact]
    public async Task Missing_reference_is_a_compile_error_naming_the_file()
    {
        using var folder = new TempDirectory();
        using var engine = new ScriptEngine(new EngineOptions { WorkingDirectory = folder.Path });

        var result = await engine.ExecuteAsync("#r \"missing.dll\"");

        Assert.Equal("CompilationError", result.Error?.EName);
        Assert.Contains("missing.dll", result.Error!.EValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loads_a_csx_file_relative_to_the_working_directory()
    {
        using var folder = new TempDirectory();
        folder.Write("scripts/helpers.csx", "int Twice(int x) => x * 2;\nConsole.WriteLine(\"helpers loaded\");\n");
        using var engine = new ScriptEngine(new EngineOptions { WorkingDirectory = folder.Path });

        var result = await engine.ExecuteAsync("#load \"scripts/helpers.csx\"\nTwice(21)");

        Assert.True(result.Success, result.Error?.EValue);
        Assert.Equal([new StreamOutput("stdout", "helpers loaded\n"), new ExecuteResultOutput(MimeBundle.PlainText("42"))], result.Outputs);
    }

    [Fact]
    public async Task Extra_usings_and_references_from_options_apply_to_every_cell()
    {
        using var folder = new TempDirectory();
        TestAssemblies.Emit(folder.File("Units.dll"), "namespace Units { public static class Km { public static double ToMiles(double km) => km * 0.621371; } }");
        using var engine = new ScriptEngine(new EngineOptions { WorkingDirectory = folder.Path, References = ["Units.dll"], Usings = ["Units"] });

        var result = await engine.ExecuteAsync("Math.Round(Km.ToMiles(10), 2)");

        Assert.Equal("6.21", ScriptEngineTests.PlainResult(result));
    }
}
