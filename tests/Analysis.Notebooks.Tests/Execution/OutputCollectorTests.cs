using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Tests.Execution;

/// <summary>
/// The output of a running cell: stream text goes to the live sink a whole line at a time, and the cell's result holds
/// adjacent text of one stream merged, as Jupyter front ends show it.
/// </summary>
public sealed class OutputCollectorTests
{
    private const string Out = StreamOutput.StdOut, Err = StreamOutput.StdErr;

    // Writes "stream:text" items ('|' separates them; "!" adds a display output) and describes what came out.
    private static (string Live, string Result) Run(string writes)
    {
        var sink = new RecordingSink();
        var collector = new OutputCollector(sink);
        foreach (var write in writes.Split('|'))
        {
            if (write == "!") collector.Add(new DisplayDataOutput(MimeBundle.PlainText("shown")));
            else collector.WriteStream(write[..3] == "out" ? Out : Err, write[4..].Replace("\\n", "\n", StringComparison.Ordinal));
        }
        var result = collector.Close();
        return (Describe(sink.Outputs), Describe(result));
    }

    private static string Describe(IEnumerable<CellOutput> outputs) =>
        string.Join(" ", outputs.Select(o => o is StreamOutput s ? $"{s.Name[3..]}[{s.Text.Replace("\n", "/", StringComparison.Ordinal)}]" : "display"));

    [Theory]
    [InlineData("out:a|out:b\\nc|out:d\\n", "out[ab/] out[cd/]", "out[ab/cd/]")]
    [InlineData("out:no newline", "out[no newline]", "out[no newline]")]
    [InlineData("out:x|err:y\\n|out:z\\n", "out[x] err[y/] out[z/]", "out[x] err[y/] out[z/]")]
    [InlineData("out:a\\n|!|out:b\\n", "out[a/] display out[b/]", "out[a/] display out[b/]")]
    [InlineData("out:a\\nb|!", "out[a/] out[b] display", "out[a/b] display")]
    [InlineData("out:\\n\\n|out:x\\ny\\n", "out[//] out[x/y/]", "out[//x/y/]")]
    public void Lines_go_live_and_runs_of_one_stream_merge(string writes, string live, string result)
    {
        var (gotLive, gotResult) = Run(writes);
        Assert.Equal(live, gotLive);
        Assert.Equal(result, gotResult);
    }

    [Fact]
    public void A_long_line_in_many_pieces_and_many_lines_come_out_whole()
    {
        var collector = new OutputCollector(null);
        for (var i = 0; i < 50_000; i++) collector.WriteStream(Out, "ab");
        collector.WriteStream(Out, "\n");
        for (var i = 0; i < 50_000; i++) collector.WriteStream(Out, "line\n");
        var result = Assert.Single(collector.Close());
        var text = Assert.IsType<StreamOutput>(result).Text;
        Assert.Equal(100_000 + 1 + 250_000, text.Length);
        Assert.StartsWith("abab", text, StringComparison.Ordinal);
        Assert.EndsWith("line\nline\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_after_close_are_dropped()
    {
        var collector = new OutputCollector(null);
        collector.WriteStream(Err, "late?\n");
        collector.Close();
        collector.WriteStream(Err, "dropped\n");
        Assert.Equal("err[late?/]", Describe(collector.Close()));
    }
}
