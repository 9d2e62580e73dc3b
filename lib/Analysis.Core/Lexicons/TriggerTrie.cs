using System.Buffers;

namespace Analysis.Lexicons;

/// <summary>
/// The trigger words of every <see cref="TriggerSet"/> in the process in one prefix tree, so that one walk over the
/// words of a text finds where the trigger words of all sets occur (<see cref="TriggerIndex"/>), instead of one scan of
/// the text per set. The extractors ask some 25 sets about each sentence (the month, weekday and year words of the
/// dates, the forces of the statements, the number words and hedges of the figures), each one or more vectorised
/// scans of the whole sentence (a scan searches 8 words at most). A walk reads each word once (Reuters-21578: its
/// 126,896 sentences in 170-230 ms). A set is registered when it is made; the tree is rebuilt, once, when a set was
/// added after it was built.
/// </summary>
internal sealed class TriggerTrie
{
    private const int Ascii = 128;
    private static readonly object Gate = new();
    private static readonly List<TriggerSet> Registered = [];
    private static TriggerTrie? s_current; // null once a set is registered after it was built

    // A node's children are a row of the table, one entry per symbol: the ASCII characters the words hold, folded (a
    // row of 128 made the table too big for the cache). An entry is (child << 1) | 1 when words end at the child, 0 for none.
    private readonly byte[] _symbols = new byte[Ascii];       // ASCII character → the symbol of its folded form, 0 for one no word holds
    private readonly int _width;                              // symbols + 1
    private readonly int[] _children;
    private readonly Dictionary<long, int> _otherChildren;    // (node << 16) | folded character past ASCII → entry
    private readonly int[] _endsAt;                           // node → its first word in _ends; one more entry
    private readonly (int Set, string? AsWritten)[] _ends;    // the set of a word ending at a node; AsWritten: matched only so
    private readonly SearchValues<char> _markFirsts;          // first characters of the words that open with a mark
    private readonly bool[] _asciiMarkFirsts = new bool[Ascii];
    private static readonly bool[] AsciiWordChars = Enumerable.Range(0, Ascii).Select(c => char.IsLetterOrDigit((char)c)).ToArray();

    private TriggerTrie(IReadOnlyList<TriggerSet> sets)
    {
        SetCount = sets.Count;
        var words = sets.SelectMany(set => set.Words.Select(word => (set, word))).ToList();
        foreach (var f in words.SelectMany(w => w.word).Select(Fold).Where(f => f < Ascii).Distinct().Order())
            _symbols[f] = (byte)++_width;
        _width++;
        for (var c = 'a'; c <= 'z'; c++) _symbols[c] = _symbols[c - 32];
        var children = new List<int[]> { new int[_width] };
        var others = new Dictionary<long, int>();
        var ends = new List<List<(int, string?)>> { new() };
        var marks = new HashSet<char>();
        foreach (var (set, word) in words)
        {
            var node = 0;
            foreach (var c in word)
            {
                var f = Fold(c);
                var next = f < Ascii ? children[node][_symbols[f]] : others.GetValueOrDefault(Key(node, f));
                if (next == 0)
                {
                    next = children.Count;
                    children.Add(new int[_width]);
                    ends.Add([]);
                    if (f < Ascii) children[node][_symbols[f]] = next;
                    else others[Key(node, f)] = next;
                }
                node = next;
            }
            ends[node].Add((set.Id, set.CaseSensitive ? word : null));
            if (!char.IsLetterOrDigit(word[0])) marks.Add(word[0]);
        }
        int Entry(int child) => child == 0 ? 0 : (child << 1) | (ends[child].Count > 0 ? 1 : 0);
        _children = children.SelectMany(row => row.Select(Entry)).ToArray();
        _otherChildren = others.ToDictionary(e => e.Key, e => Entry(e.Value));
        _endsAt = new int[ends.Count + 1];
        for (var n = 0; n < ends.Count; n++) _endsAt[n + 1] = _endsAt[n] + ends[n].Count;
        _ends = ends.SelectMany(e => e).ToArray();
        // A mark-led word starts anywhere: both cases of its first character begin a walk.
        var markFirsts = marks.SelectMany(c => new[] { c, char.ToLowerInvariant(c), char.ToUpperInvariant(c) }).Distinct().ToArray();
        _markFirsts = SearchValues.Create(markFirsts);
        foreach (var c in markFirsts.Where(c => c < Ascii)) _asciiMarkFirsts[c] = true;
    }

    /// <summary>The number of sets in the tree; a set's <see cref="TriggerSet.Id"/> is below it.</summary>
    public int SetCount { get; }

    /// <summary>The tree of every set registered so far.</summary>
    public static TriggerTrie Current
    {
        get
        {
            if (Volatile.Read(ref s_current) is { } trie) return trie;
            lock (Gate) return s_current ??= new TriggerTrie(Registered.ToArray());
        }
    }

    /// <summary>Registers <paramref name="set"/> and returns its id: its index among the sets of the process.</summary>
    public static int Register(TriggerSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        lock (Gate)
        {
            Registered.Add(set);
            Volatile.Write(ref s_current, null);
            return Registered.Count - 1;
        }
    }

    /// <summary>
    /// Calls <paramref name="hit"/> with (start, set, length) for every trigger word of every set in
    /// <paramref name="text"/>, in text order (the sets of one start in no set order): a word that opens with a letter
    /// or digit where a word begins, one that opens with a mark anywhere, as <see cref="TriggerSet"/> counts them.
    /// </summary>
    public void Walk<T>(ReadOnlySpan<char> text, ref T hit) where T : struct, IHitSink
    {
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            if (IsWordChar(c))
            {
                WalkFrom(text, at, ref hit);
                do at++; while (at < text.Length && IsWordChar(text[at]));
                continue;
            }
            if (c < Ascii ? _asciiMarkFirsts[c] : _markFirsts.Contains(c)) WalkFrom(text, at, ref hit);
            at++;
        }
    }

    private static bool IsWordChar(char c) => c < Ascii ? AsciiWordChars[c] : char.IsLetterOrDigit(c);

    /// <summary>As <see cref="Walk{T}"/> for the words that start at <paramref name="at"/> only, whatever comes before it.</summary>
    public void WalkFrom<T>(ReadOnlySpan<char> text, int at, ref T hit) where T : struct, IHitSink
    {
        var (children, symbols, width) = (_children, _symbols, _width);
        var node = 0;
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            var entry = c < Ascii ? children[node * width + symbols[c]] : _otherChildren.GetValueOrDefault(Key(node, FoldPastAscii(c)));
            if (entry == 0) return;
            node = entry >> 1;
            if ((entry & 1) != 0) Ends(text, at, i + 1 - at, node, ref hit);
        }
    }

    private void Ends<T>(ReadOnlySpan<char> text, int at, int length, int node, ref T hit) where T : struct, IHitSink
    {
        for (var e = _endsAt[node]; e < _endsAt[node + 1]; e++)
        {
            var (set, asWritten) = _ends[e];
            if (asWritten is null || text.Slice(at, length).SequenceEqual(asWritten)) hit.Hit(at, set, length);
        }
    }

    private static long Key(int node, int folded) => ((long)node << 16) | (ushort)folded;

    // Ordinal case folding: ASCII letters to upper case; past ASCII, the invariant upper case, except that no character
    // folds into ASCII ("ſ" is not "s" ignoring case ordinally).
    private static int Fold(char c) => c < Ascii ? (c is >= 'a' and <= 'z' ? c - 32 : c) : FoldPastAscii(c);

    private static int FoldPastAscii(char c) => char.ToUpperInvariant(c) is var upper && upper < Ascii ? c : upper;

    /// <summary>Receives the trigger words a walk finds.</summary>
    public interface IHitSink
    {
        /// <summary>A word of set <paramref name="set"/> starts at <paramref name="start"/>, <paramref name="length"/> characters long.</summary>
        void Hit(int start, int set, int length);
    }
}
