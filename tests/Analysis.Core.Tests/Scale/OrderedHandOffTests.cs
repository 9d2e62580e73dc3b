using Analysis.Articles;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Scale;

/// <summary>The hand-off that lets parallel workers write results in input order without a writer thread.</summary>
public sealed class OrderedHandOffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 4)]
    [InlineData(4, 8)]
    [InlineData(8, 2)]
    public async Task Results_completed_in_any_order_are_handed_on_in_number_order_once_each(int threads, int window)
    {
        const int count = 2000;
        var handed = new List<int>();
        var line = new OrderedHandOff<int>(handed.Add, window);
        var next = -1;
        var workers = Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            var random = new Random(t);
            for (int n; (n = Interlocked.Increment(ref next)) < count;)
            {
                Thread.SpinWait(random.Next(2000)); // uneven work, so results complete out of order
                line.Complete(n, n);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        Assert.Equal(Enumerable.Range(0, count), handed);
    }

    [Fact]
    public async Task A_result_more_than_a_window_ahead_waits_until_the_line_catches_up()
    {
        var handed = new List<int>();
        var line = new OrderedHandOff<int>(handed.Add, window: 2);
        line.Complete(1, 1);                          // within the window: waits for 0
        var ahead = Task.Run(() => line.Complete(2, 2)); // 2 ahead of 0: must wait
        await Task.Delay(200);
        Assert.False(ahead.IsCompleted);
        Assert.Empty(handed);
        line.Complete(0, 0);
        await ahead.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([0, 1, 2], handed);
    }

    [Fact]
    public async Task A_failing_hand_on_stops_the_line_and_releases_waiting_threads()
    {
        var line = new OrderedHandOff<int>(n => throw new IOException($"disk full at {n}"), window: 1);
        var waiting = Task.Run(() => line.Complete(1, 1)); // waits: 1 is a window ahead of 0
        await Task.Delay(50); // let it reach the wait
        Assert.Throws<IOException>(() => line.Complete(0, 0));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        line.Complete(2, 2); // dropped, no wait
    }

    [Fact]
    public void A_parallel_extraction_whose_writer_fails_stops_with_that_error()
    {
        var items = Enumerable.Range(0, 200).Select(i => LoadItem.Of(new Article($"a{i}", $"Officials said {i} troops would deploy.")));
        var written = 0;
        var error = Assert.Throws<IOException>(() => new CorpusExtractor().Extract(items, item =>
        {
            if (++written == 50) throw new IOException("disk full");
        }, ExtractOptions.Default.WithParallelism(2)));
        Assert.Equal("disk full", error.Message);
        Assert.Equal(50, written);
    }
}
