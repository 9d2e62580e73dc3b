using Analysis.Charts;

namespace Analysis.Views.Tests;

/// <summary>
/// The chart JSON of every view the notebooks show, on the seed corpus, compared exactly with the committed
/// snapshots in Snapshots/. A change in extraction or in a view shows up as a reviewable diff.
/// </summary>
public sealed class SnapshotsTests
{
    private static readonly Dictionary<string, Func<Corpus, Chart>> Views = new(StringComparer.Ordinal)
    {
        ["MentionChart"] = c => c.MentionChart(),
        ["MentionsByOutletChart"] = c => c.MentionsByOutletChart(),
        ["MentionsByArticleChart"] = c => c.MentionsByArticleChart(),
        ["PersonArticleHeatmap"] = c => c.PersonArticleHeatmap(),
        ["FigureRanges"] = c => c.FigureRanges(),
        ["FiguresOverTime"] = c => c.FiguresOverTime(),
        ["StanceTimeline"] = c => c.StanceTimeline(),
        ["StanceCountsByMonthChart"] = c => c.StanceCountsByMonthChart(),
        ["StatementsBySpeakerChart"] = c => c.StatementsBySpeakerChart(),
    };

    public static TheoryData<string> ViewNames() => new(Views.Keys);

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void Seed_chart_json_matches_snapshot(string view)
    {
        Snapshot.MatchJson(view, Views[view](SeedCorpus.Value).ToJson());
    }

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void Seed_chart_json_is_the_same_on_every_call(string view)
    {
        Assert.Equal(Views[view](SeedCorpus.Value).ToJson(), Views[view](SeedCorpus.Value).ToJson());
    }

    [Fact]
    public void Every_chart_the_notebooks_call_has_a_snapshot()
    {
        var notebooks = Directory.EnumerateFiles(Path.Combine(SeedCorpus.RepoRoot, "notebooks"), "*.ipynb").Select(File.ReadAllText).ToList();
        var called = typeof(PeopleViews).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(Chart) && m.GetParameters().FirstOrDefault()?.ParameterType == typeof(Corpus))
            .Select(m => m.Name)
            .Where(name => notebooks.Any(n => n.Contains("." + name + "(", StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(Views.Keys.Order(StringComparer.Ordinal), called);
    }
}
