using Analysis.Charts.Export;

namespace Analysis.Charts.Tests;

public sealed class SvgRootTests
{
    [Theory]
    [InlineData("<svg class=\"main-svg\" style=\"\" viewBox=\"0 0 9 9\"><g/></svg>")]
    [InlineData("<svg viewBox=\"0 0 9 9\" class=\"main-svg\" style=\"\"><g/></svg>")]
    [InlineData("<svg style='' viewBox=\"0 0 9 9\"   class=\"main-svg\"><g/></svg>")]
    public void Root_attributes_come_out_in_name_order(string svg) =>
        Assert.Equal("<svg class=\"main-svg\" style=\"\" viewBox=\"0 0 9 9\"><g/></svg>", SvgRoot.Normalize(svg));

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><svg b=\"2\" a=\"1\"/>", "<?xml version=\"1.0\"?><svg a=\"1\" b=\"2\"/>")]
    [InlineData("<g b=\"2\" a=\"1\"/>", "<g b=\"2\" a=\"1\"/>")]
    [InlineData("<svg a=1 b=\"2\">", "<svg a=1 b=\"2\">")]
    public void Only_a_well_formed_svg_root_is_touched(string svg, string expected) =>
        Assert.Equal(expected, SvgRoot.Normalize(svg));
}
