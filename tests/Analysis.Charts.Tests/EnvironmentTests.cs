namespace Analysis.Charts.Tests;

/// <summary>Tests that change process environment variables; they run alone so no other test sees the change.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

[Collection(nameof(EnvironmentCollection))]
public sealed class EnvironmentTests
{
    [Fact]
    public void Missing_plotly_path_names_the_variable_and_how_to_install()
    {
        using var _ = new EnvironmentVariable(PlotlyJs.EnvironmentVariable, "/nonexistent/plotly.min.js");
        var error = Assert.Throws<PlotlyJsNotFoundException>(() => PlotlyJs.Locate());
        Assert.Contains("ANALYSIS_PLOTLYJS", error.Message);
        Assert.Contains("npm ci", error.Message);
        Assert.Throws<PlotlyJsNotFoundException>(() => SampleCharts.Bar().ToHtmlPage());
    }

    [Fact]
    public void Plotly_path_from_the_environment_is_used()
    {
        var real = PlotlyJs.Locate();
        using var _ = new EnvironmentVariable(PlotlyJs.EnvironmentVariable, real);
        Assert.Equal(real, PlotlyJs.Locate());
    }

    [Theory]
    [InlineData("/nonexistent/chromium", null)]
    [InlineData(null, "/nonexistent/chromium")]
    public void Missing_chromium_gives_an_install_hint(string? variable, string? explicitPath)
    {
        using var _ = new EnvironmentVariable("ANALYSIS_CHROMIUM", variable);
        var error = Assert.Throws<ChromiumNotFoundException>(() =>
            ChartExport.SaveSvg(SampleCharts.Bar(), Path.Combine(Path.GetTempPath(), "never.svg"),
                new ExportOptions { ChromiumPath = explicitPath }));
        Assert.Contains("apt-get install chromium", error.Message);
        Assert.Contains("/nonexistent/chromium", error.Message);
    }

    [Fact]
    public void No_chromium_on_path_gives_an_install_hint()
    {
        using var path = new EnvironmentVariable("PATH", "/nonexistent");
        using var variable = new EnvironmentVariable("ANALYSIS_CHROMIUM", null);
        var error = Assert.Throws<ChromiumNotFoundException>(() => ChartExport.RenderSvg(SampleCharts.Bar()));
        Assert.Contains("apt-get install chromium", error.Message);
    }

    private sealed class EnvironmentVariable : IDisposable
    {
        private readonly string _name;
        private readonly string? _previous;

        public EnvironmentVariable(string name, string? value)
        {
            (_name, _previous) = (name, Environment.GetEnvironmentVariable(name));
            Environment.SetEnvironmentVariable(name, value);
        }

        public void Dispose() => Environment.SetEnvironmentVariable(_name, _previous);
    }
}
