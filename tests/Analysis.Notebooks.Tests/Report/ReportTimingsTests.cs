using Analysis.Notebooks.Reporting;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>
/// The timings behind <c>analysis report --timings</c> (structure only: no thresholds). Byte-identical output of a
/// second run is checked in Reporting/HostileReportTests.
/// </summary>
[Collection(ReportCollection.Name)]
public sealed class ReportTimingsTests(ReportFixture report)
{
    [Fact]
    public void Timings_cover_every_step_of_the_run()
    {
        var timings = report.Result.Timings;
        Assert.NotEqual(ReportTimings.None, timings);
        Assert.True(timings.Extraction > TimeSpan.Zero && timings.Images > TimeSpan.Zero && timings.EngineWarmUp >= TimeSpan.Zero);
        Assert.All(report.Result.Notebooks, n => Assert.True(n.Duration > TimeSpan.Zero, n.Name));
        var steps = timings.Extraction + timings.EngineWarmUp + timings.Images + report.Result.Notebooks.Aggregate(TimeSpan.Zero, (sum, n) => sum + n.Duration);
        Assert.True(timings.Total >= steps, $"total {timings.Total} is less than its steps {steps}");
    }
}
