using System.Diagnostics;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formats;

namespace Analysis.Notebooks.Tests.Reporting;

/// <summary>
/// Determinism, safety and failure paths of <c>ReportBuilder</c>: two runs are byte-identical, article
/// text never becomes markup or script in the HTML, and a throwing notebook is reported while the rest runs.
/// </summary>
public sealed class HostileReportTests(HostileReportFixture report) : IClassFixture<HostileReportFixture>
{
    private static string[] Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Two_runs_write_byte_identical_files()
    {
        var files = Files(report.A);
        Assert.Equal(files, Files(report.B));
        Assert.Contains("index.html", files);
        Assert.Contains("notebooks/statements.ipynb", files);
        Assert.Contains("tables/statements.csv", files);
        Assert.Contains(files, f => f.StartsWith("charts/", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal));
        // SVGs are compared in the skipped test below: two of them still differ between runs (see its reason).
        Assert.All(files.Where(f => !f.EndsWith(".svg", StringComparison.Ordinal)), f => Assert.True(
            File.ReadAllBytes(Path.Combine(report.A, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(report.B, f))), $"{f} differs between runs"));
    }

    [Fact]
    public void Two_runs_write_byte_identical_svgs() =>
        Assert.All(Files(report.A).Where(f => f.EndsWith(".svg", StringComparison.Ordinal)), f => Assert.True(
            File.ReadAllBytes(Path.Combine(report.A, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(report.B, f))), $"{f} differs between runs"));

    [Fact]
    public void Outputs_hold_no_machine_paths()
    {
        foreach (var f in Files(report.A).Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(report.A, f));
            Assert.DoesNotContain(report.A, text);
            Assert.DoesNotContain(report.Corpus, text);
            Assert.DoesNotContain(HostileReportFixture.RepoRoot.TrimEnd('/'), text);
        }
    }

    [Fact]
    public void A_throwing_cell_is_reported_by_name_and_the_other_notebooks_still_run()
    {
        var broken = report.ResultA.Notebooks[0];
        Assert.Equal("aa_broken", broken.Name);
        Assert.False(broken.Success);
        var executed = NotebookFile.Load(Path.Combine(report.A, "notebooks", "aa_broken.ipynb"));
        var failing = executed.Cells.Where(c => c.Outputs.OfType<ErrorOutput>().Any()).ToArray();
        var cell = Assert.Single(failing);
        Assert.Contains(cell.Id, broken.Error);
        Assert.Contains("boom", broken.Error);
        Assert.Contains("InvalidOperationException", broken.Error);
        Assert.Equal(["figures", "people", "statements"], report.ResultA.Notebooks.Skip(1).Select(n => n.Name));
        Assert.All(report.ResultA.Notebooks.Skip(1), n => Assert.True(n.Success, n.Error));
        Assert.False(report.ResultA.Success);
        var index = File.ReadAllText(Path.Combine(report.A, "index.html"));
        Assert.Contains("class=\"failed\">failed: ", index);
        Assert.DoesNotContain("<script>document.title", index);
        Assert.True(File.Exists(Path.Combine(report.A, "aa_broken.html")));
    }

    [Fact]
    public void Article_text_is_escaped_everywhere_in_the_html()
    {
        foreach (var page in Directory.GetFiles(report.A, "*.html"))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotContain("<script>document.title", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b onmouseover", html);
        }
        // The payload did reach the pages, as text.
        var broken = File.ReadAllText(Path.Combine(report.A, "aa_broken.html"));
        Assert.Contains("&lt;script&gt;document.title", broken);
    }

    [Theory]
    [InlineData("aa_broken.html")]
    [InlineData("statements.html")]
    [InlineData("people.html")]
    public void Hostile_text_renders_as_text_in_chromium_and_no_script_runs(string page)
    {
        var dom = DumpDom(Path.Combine(report.A, page));
        Assert.Contains("<main", dom);
        Assert.DoesNotContain("pwned</title>", dom);
        Assert.DoesNotContain("data-pwned=\"1\"", dom);
        Assert.DoesNotContain("<img src=\"x\"", dom);
        if (page == "aa_broken.html") Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom);
    }

    // Headless chromium with a fresh profile; --dump-dom prints the DOM after scripts had their virtual time.
    private static string DumpDom(string page)
    {
        var profile = Directory.CreateTempSubdirectory("robust-chromium-");
        try
        {
            var info = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}", "--virtual-time-budget=5000",
                         "--dump-dom", new Uri(page).AbsoluteUri })
                info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var dom = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "chromium did not finish");
            Assert.True(dom.Length > 0, stderr.Result);
            return dom;
        }
        finally { try { profile.Delete(true); } catch (IOException) { } }
    }
}
