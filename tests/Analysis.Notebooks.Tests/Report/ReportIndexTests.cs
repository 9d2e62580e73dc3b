using System.Text.RegularExpressions;
using Analysis.Tables;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>The index page of the seed report links to every page, notebook, table and image, and every link resolves.</summary>
[Collection(ReportCollection.Name)]
public sealed partial class ReportIndexTests(ReportFixture report)
{
    [Fact]
    public void Every_link_on_the_index_resolves_to_a_file_inside_the_report()
    {
        var links = Links();
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            Assert.DoesNotMatch(Scheme(), link);
            var path = Path.GetFullPath(Path.Combine(report.Root, Uri.UnescapeDataString(link)));
            Assert.StartsWith(report.Root + Path.DirectorySeparatorChar, path, StringComparison.Ordinal);
            Assert.True(File.Exists(path), $"index.html links to {link}, which does not exist");
        });
    }

    [Fact]
    public void The_index_links_to_every_file_of_the_report()
    {
        var linked = Links().Select(Uri.UnescapeDataString).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(report.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(report.Root, f).Replace('\\', '/'))
            .Where(f => f != "index.html" && !f.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.All(files, f => Assert.True(linked.Contains(f), $"index.html does not link to {f}"));
        // Every notebook's page and executed copy, every table (with sentences.csv) and both images of every chart.
        Assert.Equal(3 + 3 + TableSet.FileNames.Count + 1 + 2 * 9, files.Count);
    }

    [Fact]
    public void The_index_renders_in_chromium_without_errors()
    {
        var probe = PageRenderer.Render(report.Layout.Index);
        Assert.Empty(probe.Errors);
        Assert.Empty(probe.Charts);
    }

    [Fact]
    public void The_index_names_the_corpus_and_every_notebook_as_ok()
    {
        var html = File.ReadAllText(report.Layout.Index);
        Assert.Contains("<code>seeds</code>: 4 articles extracted.", html, StringComparison.Ordinal);
        Assert.Equal(3, OkCell().Matches(html).Count);
        Assert.DoesNotContain("class=\"failed\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"problem\"", html, StringComparison.Ordinal);
    }

    private List<string> Links() =>
        Href().Matches(File.ReadAllText(report.Layout.Index)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    [GeneratedRegex("<td class=\"ok\">ok</td>")]
    private static partial Regex OkCell();
}
