using System.Text.Json;
using System.Text.Json.Serialization;
using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Gold;

/// <summary>The gold annotations of the seed articles (tests/fixtures/gold) and the pipeline's results for them.</summary>
public static class GoldSet
{
    private static readonly Lazy<IReadOnlyList<GoldCase>> Cases = new(Load);

    /// <summary>Every seed with its gold file and extraction result (computed once per test run).</summary>
    public static IReadOnlyList<GoldCase> All => Cases.Value;

    /// <summary>The case for one seed by article id prefix ("000").</summary>
    public static GoldCase Get(string idPrefix) => All.Single(c => c.Article.Id.StartsWith(idPrefix, StringComparison.Ordinal));

    /// <summary>Theory data: the article ids.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var c in All) data.Add(c.Article.Id);
        return data;
    }

    /// <summary>The repository root (holds Analysis.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    private static IReadOnlyList<GoldCase> Load()
    {
        var seeds = Path.Combine(RepoRoot, "seeds");
        var articles = ArticleSource.Articles(seeds).ToDictionary(a => a.File);
        var items = ArticleSource.Read(seeds).ToList();
        var results = Analysis.Tables.TableExtraction.Extract(items).Where(i => i.Result is not null)
            .ToDictionary(i => i.Result!.Article.File, i => i.Result!);
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return Directory.EnumerateFiles(Path.Combine(RepoRoot, "tests", "fixtures", "gold"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), options)!)
            .Select(g => new GoldCase(g, articles[g.File], results[g.File]))
            .ToArray();
    }

    private static string FindRoot()
    {
        var stamped = typeof(GoldSet).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "Analysis.sln"))) return Path.GetFullPath(stamped);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
        // Built with --artifacts-path outside the repo: fall back to the working directory's ancestors.
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Cannot find the repository root (Analysis.sln).");
    }
}

/// <summary>One seed: its gold annotations, the article and the extraction result.</summary>
public sealed record GoldCase(GoldFile Gold, Article Article, ArticleResult Result)
{
    /// <summary>The span of an evidence string in the article text.</summary>
    public (int Start, int End) Span(string evidence)
    {
        var i = Article.Text.IndexOf(evidence, StringComparison.Ordinal);
        Assert.True(i >= 0, $"gold evidence not in {Article.Id}: {evidence}");
        return (i, i + evidence.Length);
    }

    /// <summary>True when two spans overlap (score.py's rule).</summary>
    public static bool Overlaps((int Start, int End) a, int start, int end) => a.Start < end && start < a.End;

    /// <inheritdoc />
    public override string ToString() => Article.Id;
}

#pragma warning disable CS1591 // the gold JSON shape, named as in the files
public sealed record GoldFile(
    string File, string Published, GoldPerson[] People, GoldPerson[]? OptionalPeople, string[] NotPeople,
    GoldTitle[]? TitleReferences, GoldQuote[] Quotes, GoldFigure[] Figures, GoldFigure[]? OptionalFigures,
    string[]? OtherNumbers, GoldStatement[] Statements, GoldStatement[]? OptionalStatements, GoldDate[] Dates,
    string[]? SentenceTraps);
public sealed record GoldPerson(string Name, int Mentions, string? Why);
public sealed record GoldTitle(string Evidence, string RefersTo);
public sealed record GoldQuote(string Speaker, string Evidence);
public sealed record GoldFigure(string Category, string? Measure, string Evidence, long? Low, long? High, string? Qualifier,
    string? Who, string? Where, string? Source);
public sealed record GoldStatement(string Stance, string Actor, string? Speaker, string Evidence, string? Force, string? Date);
public sealed record GoldDate(string Evidence, string Resolved);
