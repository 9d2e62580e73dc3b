using Analysis.Text;

namespace Analysis.Core.Tests.Text;

/// <summary>Phrases read from text are looked up with their whitespace collapsed to single spaces.</summary>
public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("Defense Department", "Defense Department")]       // already in form
    [InlineData("Defense \n  Department", "Defense Department")]    // a wrapped line
    [InlineData("  at\tleast ", "at least")]                         // tabs, and space around
    [InlineData("at\u00A0least", "at least")]                        // a no-break space
    [InlineData("", "")]
    [InlineData(" \r\n ", "")]
    [InlineData("U.S.-led", "U.S.-led")]                             // no whitespace: unchanged
    public void Collapse_parts_words_by_single_spaces(string text, string expected) =>
        Assert.Equal(expected, Whitespace.Collapse(text));
}
