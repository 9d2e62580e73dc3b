using Analysis.Kernel.Server;

namespace Analysis.Kernel.Tests.Server;

public sealed class CodePointsTests
{
    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("😀abc", 1, 2)]
    [InlineData("😀abc", 2, 3)]
    [InlineData("a😀😀", 3, 5)]
    [InlineData("abc", 10, 3)]
    [InlineData("", 0, 0)]
    public void Code_point_offsets_map_to_utf16_indices_and_back(string text, int codePoints, int utf16)
    {
        Assert.Equal(utf16, CodePoints.ToUtf16Index(text, codePoints));
        Assert.Equal(Math.Min(codePoints, text.EnumerateRunes().Count()), CodePoints.FromUtf16Index(text, utf16));
    }

    [Fact]
    public void A_lone_surrogate_counts_as_one_code_point()
    {
        var text = "a\uD83Db";

        Assert.Equal(3, CodePoints.FromUtf16Index(text, 3));
        Assert.Equal(2, CodePoints.ToUtf16Index(text, 2));
    }
}
