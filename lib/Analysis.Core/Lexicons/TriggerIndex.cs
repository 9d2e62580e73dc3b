using System.Runtime.CompilerServices;

namespace Analysis.Lexicons;

/// <summary>
/// Where the trigger words of every <see cref="TriggerSet"/> occur in one text, found by one walk of the
/// <see cref="TriggerTrie"/> and kept per thread for the texts read last (a sentence is asked about by some 25 sets,
/// one step after another), so a pattern's trigger test on a text already walked is a lookup. Answers exactly what
/// the set's own scan of the same text or window answers (<see cref="TriggerSet.Occurs"/>, <see cref="TriggerSet.FirstAt"/>).
/// </summary>
internal sealed class TriggerIndex
{
    // Texts shorter than this are scanned: a walk reads every word, a scan of a short text costs next to nothing.
    private const int MinLength = 48;
    private const int CacheSize = 64; // texts per thread: the sentences of a long article

    [ThreadStatic] private static TriggerIndex?[]? t_cache;

    private string _text = "";
    private TriggerTrie? _trie;
    private int _count;                       // hits found
    private int[] _hitStart = new int[64], _hitSet = new int[64], _hitLength = new int[64];
    private int[] _setFrom = [];              // set → its first hit in the by-set order; one more entry
    private int[] _starts = [], _lengths = []; // the hits ordered by set, then by start

    /// <summary>
    /// The index of <paramref name="text"/> that knows <paramref name="set"/>, walked now unless this thread walked it
    /// lately; null for a short text, which a scan answers as fast.
    /// </summary>
    public static TriggerIndex? Of(string text, TriggerSet set) => text.Length < MinLength ? null : Slot(text, set, build: true);

    /// <summary>The index of <paramref name="text"/> that knows <paramref name="set"/> if this thread has walked it lately, else null (the caller scans).</summary>
    public static TriggerIndex? Cached(string text, TriggerSet set) => text.Length < MinLength ? null : Slot(text, set, build: false);

    private static TriggerIndex? Slot(string text, TriggerSet set, bool build)
    {
        var cache = t_cache ??= new TriggerIndex?[CacheSize];
        var slot = RuntimeHelpers.GetHashCode(text) & (CacheSize - 1);
        var index = cache[slot];
        // A set made after the walk (rules loaded later, a test's own set) needs a new walk.
        if (index is not null && ReferenceEquals(index._text, text) && set.Id < index._trie!.SetCount) return index;
        if (!build) return null;
        index ??= cache[slot] = new TriggerIndex();
        index.Build(text, TriggerTrie.Current);
        return index;
    }

    /// <summary>
    /// Where the first word of <paramref name="set"/> starts inside [<paramref name="from"/>, <paramref name="end"/>),
    /// read as the window a scan would read (its start counts as the start of a word; a word must end inside it), or -1.
    /// </summary>
    public int FirstAt(TriggerSet set, int from, int end)
    {
        var id = set.Id;
        if (from > 0 && from < end && char.IsLetterOrDigit(_text[from - 1]) && char.IsLetterOrDigit(_text[from]) && StartsAt(id, from, end))
            return from; // a window opening inside a word: its first characters count as a word of their own
        int lo = _setFrom[id], hi = _setFrom[id + 1];
        if (lo == hi) return -1;
        if (from > 0)
            while (lo < hi) // the first hit at or after `from`
            {
                var mid = (lo + hi) >>> 1;
                if (_starts[mid] < from) lo = mid + 1;
                else hi = mid;
            }
        for (var h = lo; h < _setFrom[id + 1] && _starts[h] < end; h++)
            if (_starts[h] + _lengths[h] <= end) return _starts[h];
        return -1;
    }

    // True when a word of the set starts at `at` and ends by `end` (for a window that opens inside a word).
    private bool StartsAt(int set, int at, int end)
    {
        var probe = new Probe(set);
        _trie!.WalkFrom(_text.AsSpan(0, end), at, ref probe);
        return probe.Found;
    }

    private void Build(string text, TriggerTrie trie)
    {
        (_text, _trie, _count) = (text, trie, 0);
        var sink = new Collector(this);
        trie.Walk(text, ref sink);
        // By set, then by start (a counting sort, stable): a set's words in a window are a range of its hits.
        if (_setFrom.Length != trie.SetCount + 1) _setFrom = new int[trie.SetCount + 1];
        else Array.Clear(_setFrom);
        for (var h = 0; h < _count; h++) _setFrom[_hitSet[h] + 1]++;
        for (var s = 0; s < trie.SetCount; s++) _setFrom[s + 1] += _setFrom[s];
        if (_starts.Length < _count) (_starts, _lengths) = (new int[_hitStart.Length], new int[_hitStart.Length]);
        Span<int> next = trie.SetCount <= 256 ? stackalloc int[trie.SetCount] : new int[trie.SetCount];
        _setFrom.AsSpan(0, trie.SetCount).CopyTo(next);
        for (var h = 0; h < _count; h++)
        {
            var to = next[_hitSet[h]]++;
            (_starts[to], _lengths[to]) = (_hitStart[h], _hitLength[h]);
        }
    }

    private void Add(int start, int set, int length)
    {
        if (_count == _hitStart.Length)
        {
            Array.Resize(ref _hitStart, _count * 2);
            Array.Resize(ref _hitSet, _count * 2);
            Array.Resize(ref _hitLength, _count * 2);
        }
        (_hitStart[_count], _hitSet[_count], _hitLength[_count]) = (start, set, length);
        _count++;
    }

    private readonly struct Collector(TriggerIndex index) : TriggerTrie.IHitSink
    {
        public void Hit(int start, int set, int length) => index.Add(start, set, length);
    }

    // Whether one walk from a start finds a word of one set.
    private struct Probe(int set) : TriggerTrie.IHitSink
    {
        public bool Found { get; private set; }

        public void Hit(int start, int set1, int length) => Found |= set1 == set;
    }
}
