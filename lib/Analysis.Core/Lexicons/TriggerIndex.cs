using System.Runtime.CompilerServices;

namespace Analysis.Lexicons;

/// <summary>
/// Where the trigger words of every <see cref="TriggerSet"/> occur in one text, found by one walk of the
/// <see cref="TriggerTrie"/> and kept per thread for the texts read last (a sentence is asked about by some 25 sets,
/// one step after another), so a pattern's trigger test on a text already walked is a lookup. Answers exactly what
/// the set's own scan of the same text or window answers (<see cref="TriggerSet.Occurs"/>, <see cref="TriggerSet.FirstAt"/>).
/// Short texts are walked too: scanning each set apart cost more than one walk even below 48 characters (Reuters-21578,
/// analysis alone, median of 6 runs: 1.28 s scanning the texts under 48 characters, 1.22 s walking them).
/// </summary>
internal sealed class TriggerIndex
{
    // Texts per thread, a slot by identity: the sentences of the article read now, seldom two in one slot (a pass over
    // Reuters walked 23.2 million characters with 64 slots, 16.7 million with 1,024).
    private const int CacheSize = 1024;

    [ThreadStatic] private static TriggerIndex?[]? t_cache;

    [ThreadStatic] private static TriggerIndex? t_last; // the text asked about last, most often asked about next

    private string _text = "";
    private TriggerTrie? _trie;
    // The hits in text order, each linked to the next hit of its set; a set's first and last hit are valid only when
    // stamped with this walk's generation (nothing is cleared between walks).
    private int _count, _generation;
    private int[] _hitStart = new int[64], _hitLength = new int[64], _nextOfSet = new int[64];
    private int[] _firstOfSet = [], _lastOfSet = [], _stamp = [];

    /// <summary>The index of <paramref name="text"/> that knows <paramref name="set"/>, walked now unless this thread walked it lately.</summary>
    public static TriggerIndex Of(string text, TriggerSet set) => Slot(text, set, build: true)!;

    /// <summary>The index of <paramref name="text"/> that knows <paramref name="set"/> if this thread has walked it lately, else null (the caller scans).</summary>
    public static TriggerIndex? Cached(string text, TriggerSet set) => Slot(text, set, build: false);

    private static TriggerIndex? Slot(string text, TriggerSet set, bool build)
    {
        var last = t_last;
        // A set made after the walk (rules loaded later, a test's own set) needs a new walk.
        if (last is not null && ReferenceEquals(last._text, text) && set.Id < last._trie!.SetCount) return last;
        var cache = t_cache ??= new TriggerIndex?[CacheSize];
        var slot = RuntimeHelpers.GetHashCode(text) & (CacheSize - 1);
        var index = cache[slot];
        if (index is null || !ReferenceEquals(index._text, text) || set.Id >= index._trie!.SetCount)
        {
            if (!build) return null;
            index ??= cache[slot] = new TriggerIndex();
            index.Build(text, TriggerTrie.Current);
        }
        return t_last = index;
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
        if (_stamp[id] != _generation) return -1;
        for (var h = _firstOfSet[id]; h >= 0 && _hitStart[h] < end; h = _nextOfSet[h])
            if (_hitStart[h] >= from && _hitStart[h] + _hitLength[h] <= end) return _hitStart[h];
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
        if (_stamp.Length != trie.SetCount)
            (_firstOfSet, _lastOfSet, _stamp, _generation) = (new int[trie.SetCount], new int[trie.SetCount], new int[trie.SetCount], 0);
        _generation++;
        var sink = new Collector(this);
        trie.Walk(text, ref sink);
    }

    private void Add(int start, int set, int length)
    {
        if (_count == _hitStart.Length)
        {
            Array.Resize(ref _hitStart, _count * 2);
            Array.Resize(ref _hitLength, _count * 2);
            Array.Resize(ref _nextOfSet, _count * 2);
        }
        var h = _count++;
        (_hitStart[h], _hitLength[h], _nextOfSet[h]) = (start, length, -1);
        if (_stamp[set] != _generation) (_stamp[set], _firstOfSet[set]) = (_generation, h);
        else _nextOfSet[_lastOfSet[set]] = h;
        _lastOfSet[set] = h;
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
