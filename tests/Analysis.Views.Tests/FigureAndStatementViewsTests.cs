using System.Text.Json;
using Analysis.Frames;

namespace Analysis.Views.Tests;

public sealed class FigureAndStatementViewsTests
{
    private static readonly Corpus Seeds = SeedCorpus.Value;

    [Fact]
    public void Reported_figures_are_casualties_and_troops_with_dates()
    {
        var figures = Seeds.ReportedFigures();
        Assert.True(figures.RowCount >= 8);
        Assert.All(figures["category"].As<string>().Values, c => Assert.Contains(c, new[] { "casualties", "troops" }));
        Assert.Equal(0, figures["published"].MissingCount);
    }

    [Fact]
    public void At_least_and_exact_figures_look_different_in_the_span_chart()
    {
        using var json = JsonDocument.Parse(Seeds.FigureRanges().ToJson());
        var text = json.RootElement.GetProperty("data").ToString();
        Assert.Contains("at least 1,100", text);
        Assert.Contains("about 1,200", text);
    }

    [Fact]
    public void Figures_over_time_use_one_symbol_per_qualifier()
    {
        using var json = JsonDocument.Parse(Seeds.FiguresOverTime().ToJson());
        foreach (var trace in json.RootElement.GetProperty("data").EnumerateArray())
        {
            var qualifier = trace.GetProperty("name").GetString()!;
            Assert.Equal(FigureViews.QualifierSymbols[qualifier], trace.GetProperty("marker").GetProperty("symbol").GetString());
        }
    }

    [Theory]
    [InlineData("2023-10-12", 2023, 10, 12)]
    [InlineData("2023-10", 2023, 10, 1)]
    [InlineData("2011", 2011, 1, 1)]
    [InlineData("2024-01-22/2024-01-28", 2024, 1, 22)]
    public void Event_dates_start_at_the_first_day(string iso, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), StatementViews.EventDate(iso));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("late October")]
    public void Unparsable_event_dates_are_missing(string? iso) => Assert.Null(StatementViews.EventDate(iso));

    [Fact]
    public void Timeline_has_a_point_per_statement_coloured_by_stance()
    {
        using var json = JsonDocument.Parse(Seeds.StanceTimeline().ToJson());
        var traces = json.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(Seeds.Statements.RowCount, traces.Sum(t => t.GetProperty("x").GetArrayLength()));
        foreach (var t in traces)
        {
            var stance = t.GetProperty("name").GetString();
            var color = StatementViews.Stances.Single(s => s.Stance == stance).Color;
            Assert.Equal(color, t.GetProperty("marker").GetProperty("color").GetString());
        }
        Assert.Equal(["deny", "ready", "deploy", "present", "withdraw"], traces.Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public void Monthly_counts_add_up_to_all_statements()
    {
        var counts = Seeds.StanceCountsByMonth();
        Assert.Equal(Seeds.Statements.RowCount, counts.Rows.Sum(r => r.Get<long>("statements")));
        Assert.Equal(Seeds.Statements.RowCount, Seeds.StatementsBySpeaker().Rows.Sum(r => r.Get<long>("statements")));
    }
}
