using System.Text.Json;

namespace Analysis.Charts.Tests;

public sealed class SnapshotTests
{
    public static TheoryData<string> ChartNames() => new(SampleCharts.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Chart_json_matches_snapshot(string name)
    {
        var chart = SampleCharts.All().Single(c => c.Name == name).Chart;
        Snapshot.MatchJson(name, chart.ToJson());
    }

    [Fact]
    public void Styled_chart_matches_snapshot()
    {
        var chart = Chart.Bar(new[] { "a", "b" }, new[] { 1, 2 })
            .WithTitle("Styled")
            .WithXAxisTitle("letter")
            .WithYAxisTitle("count")
            .WithSize(640, 360)
            .WithColor("#123456")
            .WithHoverTemplate("%{x}: %{y}<extra></extra>")
            .WithLegend(false)
            .WithMargin(new Margin { L = 10, R = 10, T = 40, B = 10 })
            .WithColors("#111111", "#222222")
            .WithYAxisTickFormat(",d")
            .WithConfig(c => c with { DisplayModeBar = false });
        Snapshot.MatchJson("styled-bar", chart.ToJson());
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Json_is_compact_and_null_free(string name)
    {
        var json = SampleCharts.All().Single(c => c.Name == name).Chart.ToJson();
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["data", "layout", "config"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("\n", json);
        Assert.DoesNotContain("\": ", json);
        AssertNoNullProperties(document.RootElement);
    }

    [Fact]
    public void Same_chart_serialises_identically_and_compares_equal()
    {
        Assert.Equal(SampleCharts.Timeline().ToJson(), SampleCharts.Timeline().ToJson());
        Assert.Equal(SampleCharts.Spans(), SampleCharts.Spans());
        Assert.NotEqual(SampleCharts.Bar(), SampleCharts.Bar().WithTitle("other"));
    }

    private static void AssertNoNullProperties(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Assert.False(property.Value.ValueKind == JsonValueKind.Null, $"property '{property.Name}' is null");
                AssertNoNullProperties(property.Value);
            }
        }
        // Nulls inside data arrays are deliberate gaps, so arrays are not checked element-wise for nulls.
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) if (item.ValueKind == JsonValueKind.Object) AssertNoNullProperties(item);
        }
    }
}
