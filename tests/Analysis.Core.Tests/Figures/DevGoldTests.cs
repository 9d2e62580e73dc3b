using System.Text.Json;
using Analysis.Articles;
using Analysis.Core.Tests.Gold;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Figures;

/// <summary>
/// Held-out dev texts (Fixtures/dev: four news articles, two briefing transcripts) written after the seeds, with
/// their own small gold in the seeds' JSON shape: every gold figure, statement and date is found with its values,
/// and no other casualty/troop figure or statement is.
/// </summary>
public sealed class DevGoldTests
{
    private static readonly Lazy<IReadOnlyList<GoldCase>> Cases = new(Load);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Value) data.Add(c.Gold.File);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Figures_match_dev_gold(string file)
    {
        var c = Case(file);
        var scored = c.Result.Figures.Where(f => f.Category != FigureCategory.Other).ToList();
        foreach (var g in c.Gold.Figures)
        {
            var span = c.Span(g.Evidence);
            var hit = scored.FirstOrDefault(f => GoldCase.Overlaps(span, f.Start, f.End) && f.Category.ToSpec() == g.Category);
            Assert.True(hit is not null, $"{file}: missed {g.Category} figure {g.Evidence}");
            scored.Remove(hit);
            Assert.Equal((g.Low, g.High, g.Qualifier), (hit.Low, hit.High, hit.Qualifier.ToSpec()));
            if (g.Measure is not null) Assert.Equal(g.Measure, hit.Measure);
            if (g.Who is not null) Assert.Equal(g.Who, hit.Who);
        }
        Assert.Empty(scored.Select(f => f.Text));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Statements_match_dev_gold(string file)
    {
        var c = Case(file);
        var rest = c.Result.Statements.ToList();
        foreach (var g in c.Gold.Statements)
        {
            var span = c.Span(g.Evidence);
            var hit = rest.FirstOrDefault(s => GoldCase.Overlaps(span, s.Start, s.End));
            Assert.True(hit is not null, $"{file}: missed statement {g.Evidence}");
            rest.Remove(hit);
            Assert.Equal((g.Stance, g.Actor), (hit.Stance.ToSpec(), hit.Actor));
            if (g.Force is not null) Assert.Equal(g.Force, hit.Force.ToSpec());
            if (g.Date is not null) Assert.Equal(g.Date, hit.Date);
            if (g.Speaker is not null) Assert.EndsWith(g.Speaker.Split(' ')[^1], hit.Speaker, StringComparison.Ordinal);
        }
        Assert.Empty(rest.Select(s => s.Text));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Dates_match_dev_gold(string file)
    {
        var c = Case(file);
        foreach (var g in c.Gold.Dates)
        {
            var span = c.Span(g.Evidence);
            Assert.Contains(c.Result.Dates, d => GoldCase.Overlaps(span, d.Start, d.End) && d.Value == g.Resolved);
        }
    }

    private static GoldCase Case(string file) => Cases.Value.Single(c => c.Gold.File == file);

    private static IReadOnlyList<GoldCase> Load()
    {
        var dev = Path.Combine(GoldSet.RepoRoot, "tests", "Analysis.Core.Tests", "Fixtures", "dev");
        var articles = ArticleSource.Articles(dev).ToDictionary(a => a.File);
        var results = Analysis.Tables.TableExtraction.Extract(ArticleSource.Read(dev).ToList()).Where(i => i.Result is not null)
            .ToDictionary(i => i.Result!.Article.File, i => i.Result!);
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return Directory.EnumerateFiles(Path.Combine(dev, "gold"), "*.json").Order(StringComparer.Ordinal)
            .Select(path => JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), options)!)
            .Select(g => new GoldCase(g, articles[g.File], results[g.File]))
            .ToArray();
    }
}
