using Analysis.Kernel.Server;

namespace Analysis.Kernel.Tests.Server;

public sealed class MimeJsonTests
{
    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/vnd.plotly.v1+json", true)]
    [InlineData("application/vnd.vegalite.v5+json", true)]
    [InlineData("text/html", false)]
    [InlineData("text/plain", false)]
    [InlineData("application/javascript", false)]
    [InlineData("text/x+json", false)]
    public void Json_mime_types_are_recognized(string mime, bool isJson) => Assert.Equal(isJson, MimeJson.IsJsonMime(mime));

    [Fact]
    public void Data_is_sorted_by_mime_and_json_is_parsed()
    {
        var data = MimeJson.ToData(new Dictionary<string, string>
        {
            ["text/plain"] = "{\"a\":1}",
            ["application/json"] = "{\"a\":1}",
        });

        Assert.Equal("""{"application/json":{"a":1},"text/plain":"{\u0022a\u0022:1}"}""", data.ToJsonString());
    }

    [Fact]
    public void Malformed_json_from_a_backend_is_kept_as_text()
    {
        var data = MimeJson.ToData(new Dictionary<string, string> { ["application/json"] = "{oops" });

        Assert.Equal("{oops", data["application/json"]!.GetValue<string>());
    }
}
