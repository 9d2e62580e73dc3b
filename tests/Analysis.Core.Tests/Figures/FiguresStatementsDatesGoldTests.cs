using Analysis.Core.Tests.Gold;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Figures;

/// <summary>The seeds' gold figures, statements and dates, with score.py's matching (evidence overlaps the row span).</summary>
public sealed class FiguresStatementsDatesGoldTests
{
    public static TheoryData<string> Ids() => GoldSet.Ids();

    [Theory]
    [MemberData(nameof(Ids))]
    public void Figures_match_gold_with_values(string id)
    {
        var c = GoldSet.All.Single(x => x.Article.Id == id);
        var scored = c.Result.Figures.Where(f => f.Category != FigureCategory.Other).ToList();
        var optional = (c.Gold.OptionalFigures ?? []).Select(f => c.Span(f.Evidence)).ToList();
        var used = new HashSet<Figure>();
        foreach (var g in c.Gold.Figures)
        {
            var span = c.Span(g.Evidence);
            var hit = scored.FirstOrDefault(f => !used.Contains(f) && GoldCase.Overlaps(span, f.Start, f.End) && f.Category.ToSpec() == g.Category);
            Assert.True(hit is not null, $"{id}: missed figure {g.Evidence}");
            used.Add(hit);
            Assert.Equal((g.Low, g.High, g.Qualifier), (hit.Low, hit.High, hit.Qualifier.ToSpec()));
            if (g.Measure is not null) Assert.Equal(g.Measure, hit.Measure);
            if (g.Who is not null) Assert.Equal(g.Who, hit.Who);
            if (g.Where is not null) Assert.Equal(g.Where, hit.Where);
            if (g.Source is not null) Assert.True(SameSpeaker(hit.Source, g.Source), $"{id}: {g.Evidence}: source {hit.Source}, gold {g.Source}");
        }
        var extra = scored.Where(f => !used.Contains(f) && !optional.Any(o => GoldCase.Overlaps(o, f.Start, f.End))).Select(f => f.Text);
        Assert.Empty(extra);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Statements_match_gold_with_dates(string id)
    {
        var c = GoldSet.All.Single(x => x.Article.Id == id);
        var optional = (c.Gold.OptionalStatements ?? []).Select(s => c.Span(s.Evidence)).ToList();
        var used = new HashSet<Statement>();
        foreach (var g in c.Gold.Statements)
        {
            var span = c.Span(g.Evidence);
            var hit = c.Result.Statements.FirstOrDefault(s => !used.Contains(s) && GoldCase.Overlaps(span, s.Start, s.End)
                && s.Stance.ToSpec() == g.Stance && s.Actor == g.Actor);
            Assert.True(hit is not null, $"{id}: missed {g.Actor} {g.Stance} statement {g.Evidence}");
            used.Add(hit);
            if (g.Date is not null) Assert.StartsWith(g.Date, hit.Date, StringComparison.Ordinal);
            if (g.Force is not null) Assert.Equal(g.Force, hit.Force.ToSpec());
            if (g.Speaker is not null) Assert.True(SameSpeaker(hit.Speaker, g.Speaker), $"{id}: {g.Evidence}: speaker {hit.Speaker}, gold {g.Speaker}");
        }
        var extra = c.Result.Statements.Where(s => !used.Contains(s) && !optional.Any(o => GoldCase.Overlaps(o, s.Start, s.End))).Select(s => s.Text);
        Assert.Empty(extra);
    }

    // score.py's same_speaker: equal names, the same surname with a compatible first name, or both unnamed officials.
    private static bool SameSpeaker(string predicted, string gold)
    {
        static string[] Words(string s) => s.ToLowerInvariant().Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        string[] p = Words(predicted), g = Words(gold);
        if (p.Length == 0 || g.Length == 0) return false;
        if (p.SequenceEqual(g)) return true;
        if (p[^1] == g[^1] && (p.Length == 1 || g.Length == 1 || p[0].StartsWith(g[0], StringComparison.Ordinal) || g[0].StartsWith(p[0], StringComparison.Ordinal))) return true;
        return g.Any(w => w is "official" or "officials") && p.Any(w => w is "official" or "officials");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Dates_match_gold(string id)
    {
        var c = GoldSet.All.Single(x => x.Article.Id == id);
        foreach (var g in c.Gold.Dates)
        {
            var span = c.Span(g.Evidence);
            var hit = c.Result.Dates.FirstOrDefault(d => GoldCase.Overlaps(span, d.Start, d.End));
            Assert.True(hit is not null, $"{id}: missed date {g.Evidence}");
            Assert.Equal(g.Resolved, hit.Value);
        }
    }
}
