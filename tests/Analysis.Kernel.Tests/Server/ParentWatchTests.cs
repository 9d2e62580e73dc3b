using System.Diagnostics;
using Analysis.Kernel.Server;

namespace Analysis.Kernel.Tests.Server;

public sealed class ParentWatchTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void The_watch_stops_the_kernel_once_its_parent_has_exited()
    {
        using var parent = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        var pid = parent.Id;
        parent.WaitForExit();

        using var watch = ParentWatch.Link(pid.ToString(System.Globalization.CultureInfo.InvariantCulture), Interval, CancellationToken.None);

        Assert.True(watch.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-pid")]
    [InlineData("1")]
    public void Without_a_parent_id_only_the_callers_token_stops_it(string? parentPid)
    {
        using var caller = new CancellationTokenSource();
        using var watch = ParentWatch.Link(parentPid, Interval, caller.Token);

        Assert.False(watch.Token.WaitHandle.WaitOne(Interval * 5));
        caller.Cancel();
        Assert.True(watch.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_running_parent_keeps_the_kernel_going()
    {
        using var watch = ParentWatch.Link(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), Interval, CancellationToken.None);

        Assert.False(watch.Token.WaitHandle.WaitOne(Interval * 5));
    }
}
