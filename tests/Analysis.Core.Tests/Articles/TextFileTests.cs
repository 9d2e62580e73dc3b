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
}
