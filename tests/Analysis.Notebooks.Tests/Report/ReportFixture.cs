using System.Collections.Concurrent;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formats;
using Analysis.Notebooks.Reporting;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>
/// Builds the report on the seeds once (extraction, three notebooks, chart export take tens of seconds) into a
/// temp folder shared by every test of the <see cref="ReportCollection"/>, exactly as <c>analysis report</c> does.
/// The workspace mirrors the repository's layout (a copy of <c>seeds/</c> beside the <c>report/</c> folder), so the
/// report refers to its corpus by a relative path, as it does in a clone.
/// </summary>
public sealed class ReportFixture : IAsyncLifetime
{
    public static readonly string[] NotebookNames = ["figures", "people", "statements"];

    private readonly string _workspace = Directory.CreateTempSubdirectory("reportqa-").FullName;

    /// <summary>The report folder.</summary>
    public string Root => Path.Combine(_workspace, "report");

    /// <summary>The copy of the seed corpus the report was built from.</summary>
    public string Seeds => Path.Combine(_workspace, "seeds");

    public ReportLayout Layout => new(Root);

    public ReportResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Seeds, Path.GetRelativePath(RepoPaths.Seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        Result = await ReportBuilder.BuildAsync(new ReportOptions
        {
            Corpus = Seeds,
            OutputFolder = Root,
            NotebooksFolder = RepoPaths.Notebooks,
        });
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(_workspace, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }

    private readonly ConcurrentDictionary<string, Lazy<PageProbe>> _probes = new(StringComparer.Ordinal);

    /// <summary>The notebook's page as chromium drew it (rendered once, shared by the tests that look at it).</summary>
    public PageProbe Probe(string name) =>
        _probes.GetOrAdd(name, n => new Lazy<PageProbe>(() => PageRenderer.Render(Layout.Page(n)))).Value;

    /// <summary>The plotly figures of the executed notebook, in output order (the order of the page's chart divs).</summary>
    public IReadOnlyList<string> Figures(string name) =>
        NotebookFile.Load(Layout.Notebook(name)).Cells.SelectMany(c => c.Outputs)
            .Select(o => o switch
            {
                DisplayDataOutput d => d.Data.GetValueOrDefault(MimeBundle.Plotly),
                ExecuteResultOutput r => r.Data.GetValueOrDefault(MimeBundle.Plotly),
                _ => null,
            })
            .OfType<string>()
            .ToArray();

    /// <summary>Every file of the report below <paramref name="folder"/> with the extension, in name order.</summary>
    public IReadOnlyList<string> Files(string folder, string extension) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*" + extension).Order(StringComparer.Ordinal).ToArray();
}

[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFixture>
{
    public const string Name = "seed report";
}
