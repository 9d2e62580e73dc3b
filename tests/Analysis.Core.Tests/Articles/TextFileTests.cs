using Analysis.Articles;

namespace Analysis.Core.Tests.Articles;

/// <summary>A corpus file's lines: TextFile cuts each decoded line at once, with TextReader's line ends.</summary>
public sealed class TextFileTests
{
    [Theory]
    [InlineData("a\nb\n")]
    [InlineData("a\nb")]
    [InlineData("a\r\nb\r\n")]
    [InlineData("a\rb\n")]              // a lone '\r' ends a line, as in TextReader
    [InlineData("a\n\n\nb")]
    [InlineData("x\r\n\r\ny\r")]
    [InlineData("\n")]
    [InlineData("")]
    [InlineData("{\"id\": \"é\", \"text\": \"ü’s\"}\n{\"id\": \"2\"}")]
    public void Lines_are_those_a_string_reader_gives(string content)
    {
        using var folder = new TempFolder();
        var path = folder.Write("corpus.jsonl", content);
        using var file = TextFile.Open(path);
        using var expected = new StringReader(content);
        string? line;
        do
        {
            line = expected.ReadLine();
            Assert.Equal(line, file.ReadLine());
        } while (line is not null);
    }

    public static TheoryData<string> Contents => new()
    {
        "a\nb\n", "a\nb", "a\r\nb\r\n", "a\rb\n", "a\n\n\nb", "x\r\n\r\ny\r", "\n", "", "\r",
        "{\"id\": \"é\", \"text\": \"ü’s\"}\n{\"id\": \"2\"}",
        new string('a', 65535) + "\r\nb",      // a "\r\n" across the first read
        new string('a', 65536) + "\r\nb\r",    // a line break right after it
        new string('x', 200_000) + "\ny",      // a line longer than the buffer
    };

    // JSON Lines are read as bytes: the same lines, undecoded.
    [Theory]
    [MemberData(nameof(Contents))]
    public void Line_bytes_are_the_lines_a_string_reader_gives(string content)
    {
        using var lines = new ByteLineReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)));
        using var expected = new StringReader(content);
        while (expected.ReadLine() is { } line)
        {
            Assert.True(lines.TryRead(out var bytes));
            Assert.Equal(line, System.Text.Encoding.UTF8.GetString(bytes));
        }
        Assert.False(lines.TryRead(out _));
    }
}
