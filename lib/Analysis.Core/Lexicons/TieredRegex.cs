using System.Text.RegularExpressions;

namespace Analysis.Lexicons;

/// <summary>
/// A regex that runs interpreted until it is hot, then compiled: after <see cref="Threshold"/> runs, a compiled
/// copy is built and warmed on another thread and takes over once it is ready. A compiled regex reads 3-10x faster,
/// but building it and compiling its code costs 5-230 ms at its first match, which a short run (the seeds, a
/// notebook's first load) never earns back (extracting the 4 seeds: 2.4 s with every compiled pattern built at its
/// first match, 1.0 s tiered), and which a long run would otherwise pay on the thread doing the extraction. Both
/// engines find the same matches (tested for every pattern given the compiled engine), so which one answers a call
/// never changes a result. Thread-safe.
/// </summary>
internal sealed class TieredRegex
{
    /// <summary>Runs of the interpreted regex before the compiled one is built.</summary>
    public const int Threshold = 64;

    private const int Cold = 0, Promoting = 1;
    private static readonly Lock QueueLock = new();
    private static readonly List<TieredRegex> Instances = [];
    private static Task s_queue = Task.CompletedTask;
    private readonly RegexOptions _hotOptions;
    private volatile Regex _current;
    private int _state, _runs;
    private Task _promotion = Task.CompletedTask;

    /// <summary>A regex for <paramref name="pattern"/>, interpreted first, then with <paramref name="hotOptions"/> (which include <see cref="RegexOptions.Compiled"/>).</summary>
    public TieredRegex(string pattern, RegexOptions hotOptions)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if ((hotOptions & RegexOptions.Compiled) == 0)
            throw new ArgumentException("The hot tier must be compiled.", nameof(hotOptions));
        _hotOptions = hotOptions;
        _current = new Regex(pattern, hotOptions & ~RegexOptions.Compiled);
        lock (QueueLock) Instances.Add(this);
    }

    /// <summary>The regex that answers now (interpreted until the compiled copy is ready).</summary>
    public Regex Current => _current;

    /// <summary>Done once the compiled copy answers (or at once, while the regex is still cold).</summary>
    public Task Promotion => Volatile.Read(ref _promotion);

    /// <summary>The regex to run on <paramref name="text"/>; counts the run, and the run that makes it hot starts the compiled build (warmed on that text).</summary>
    public Regex For(string text)
    {
        // The count is a plain increment: a lost update only delays the build by a run, and once it has started
        // nothing is written here any more, so threads sharing a hot pattern do not contend for this field.
        if (_state == Cold && ++_runs >= Threshold) Promote(text);
        return _current;
    }

    /// <summary>
    /// Builds the compiled copy of every tiered regex made so far, now, warmed on <paramref name="sample"/>, and
    /// waits for builds already started: for a run that wants all its rules ready before it starts the clock.
    /// </summary>
    public static void BuildAll(string sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        TieredRegex[] all;
        lock (QueueLock) all = [.. Instances];
        foreach (var regex in all)
            if (Interlocked.CompareExchange(ref regex._state, Promoting, Cold) == Cold) regex.Build(sample);
        Task queue;
        lock (QueueLock) queue = s_queue;
        queue.Wait();
    }

    /// <summary>As <see cref="For(string)"/>, for a run on a span (copied only when it starts the build).</summary>
    public Regex For(ReadOnlySpan<char> text)
    {
        if (_state == Cold && ++_runs >= Threshold) Promote(text.ToString());
        return _current;
    }

    private void Promote(string sample)
    {
        if (Interlocked.CompareExchange(ref _state, Promoting, Cold) != Cold) return;
        lock (QueueLock)
        {
            // One build at a time, in the order the patterns got hot: the builds run beside the extraction, and
            // several at once would take the cores it runs on.
            s_queue = s_queue.ContinueWith(_ => Build(sample), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            Volatile.Write(ref _promotion, s_queue);
        }
    }

    private void Build(string sample)
    {
        var interpreted = _current;
        var compiled = new Regex(interpreted.ToString(), _hotOptions, interpreted.MatchTimeout);
        // The first match compiles the regex's code; doing it in the build keeps that off the threads that go on
        // extracting with the interpreted regex meanwhile.
        compiled.Match(sample);
        _current = compiled;
    }
}
