using System.Reflection;
using Analysis.Notebooks.Formats;
using Analysis.Notebooks.Reporting;

namespace Analysis.Notebooks.Tests.Reporting;

/// <summary>
/// Builds the same report twice, into two folders, over the seeds plus an article whose text carries
/// script and onerror payloads, with the repository's notebooks plus one that throws (named to run first).
/// </summary>
public sealed class HostileReportFixture : IAsyncLifetime
{
    /// <summary>Sets document.title and marks the body when any payload runs.</summary>
    public const string Hostile =
        "Mr. John Kirby said, “<script>document.title='pwned'</script>We have no plans to send troops " +
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> to Israel,” on Wednesday.\n\n" +
        "The Pentagon said it has no plans to deploy ground troops <script>document.title='pwned'</script> to Gaza, " +
        "Kirby said. At least 12 <b onmouseover=alert(1)>people</b> were killed.";

    private readonly TempDirectory _root = new();

    public string Corpus => _root.File("corpus");
    public string A => _root.File("a");
    public string B => _root.File("b");
    public ReportResult ResultA { get; private set; } = null!;
    public ReportResult ResultB { get; private set; } = null!;

    public static string RepoRoot { get; } =
        typeof(HostileReportFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;

    public async Task InitializeAsync()
    {
        var seeds = Path.Combine(RepoRoot, "seeds");
        Directory.CreateDirectory(Corpus);
        foreach (var f in Directory.GetFiles(seeds)) File.Copy(f, Path.Combine(Corpus, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(Corpus, "zz_hostile.txt"), Hostile);
        var notebooks = _root.File("notebooks");
        Directory.CreateDirectory(notebooks);
        foreach (var f in Directory.GetFiles(Path.Combine(RepoRoot, "notebooks"), "*.ipynb")) File.Copy(f, Path.Combine(notebooks, Path.GetFileName(f)));
        NotebookFile.Save(NotebookBuilder.Create()
            .Parameters("var corpusPath = \"\";")
            .Code("var corpus = Corpus.Load(corpusPath);\ncorpus.Quotes")
            .Code("throw new InvalidOperationException(\"boom <script>document.title='pwned'</script>\");")
            .Code("\"never reached\"")
            .Build(), Path.Combine(notebooks, "aa_broken.ipynb"));
        ResultA = await ReportBuilder.BuildAsync(new ReportOptions { Corpus = Corpus, OutputFolder = A, NotebooksFolder = notebooks });
        ResultB = await ReportBuilder.BuildAsync(new ReportOptions { Corpus = Corpus, OutputFolder = B, NotebooksFolder = notebooks });
    }

    public Task DisposeAsync()
    {
        _root.Dispose();
        return Task.CompletedTask;
    }
}
