using System.Buffers;
using System.Text.RegularExpressions;

namespace Analysis.Lexicons;

/// <summary>
/// A named rule regex with an optional trigger: words one of which every match of the regex contains.
/// A text without any trigger word cannot match, so it is answered by one vectorised scan instead of a
/// regex pass that tries the pattern at every position, which is where the time of rule-based extraction
/// goes on text the rule is not about. A trigger word that begins with a letter or digit counts only where
/// a word begins ("units" is not in "communities"), one that begins with a mark ("-", "’ll") anywhere; case is
/// ignored unless the trigger says otherwise (<see cref="TriggerSet"/>).
/// Triggers are data (<c>Rules/{area}/triggers.yaml</c>); a pattern without one always runs its regex.
/// </summary>
public sealed class Pattern
{
    private readonly TriggerSet? _trigger;
    private readonly Regex _regex;
    private readonly TieredRegex? _tiered;
    private readonly int _reach; // words a match reaches back before its first trigger word; -1: unknown (PatternReach)
    private readonly int _slot = ThreadRegex.NewSlot(); // each thread matches with its own copy of the regex
    // With a reach whose matches start at word starts: the regex anchored where it is asked (\G), tried at those only.
    private readonly (Regex Regex, TieredRegex? Tiered)? _anchored;
    private readonly int _anchoredSlot = ThreadRegex.NewSlot();
    // For a pattern anchored where it is asked (\G, or ^ on a window): the characters its matches start with (PatternStarts); null when not given.
    private readonly SearchValues<char>? _starts;

    /// <summary>A pattern; <paramref name="triggers"/> empty means it always runs.</summary>
    /// <param name="caseSensitive">Whether trigger words match only as written ("May" the month, not "may").</param>
    public Pattern(string name, Regex regex, IReadOnlyList<string> triggers, bool caseSensitive = false)
        : this(name, regex ?? throw new ArgumentNullException(nameof(regex)), null, triggers, caseSensitive)
    {
    }

    /// <summary>
    /// A pattern whose regex, when <paramref name="tiered"/> (then <paramref name="regex"/> is its current one), runs
    /// interpreted until it is hot, then compiled (<see cref="TieredRegex"/>); a <paramref name="reach"/> of 0 or more
    /// says how many words its matches reach back before their first trigger word (<see cref="PatternReach"/>), and
    /// <paramref name="anchored"/>, the regex anchored with <c>\G</c>, that they start at word starts only, where it is tried;
    /// <paramref name="starts"/>, for a pattern that opens with <c>\G</c> or <c>^</c>, the characters its matches start with.
    /// </summary>
    internal Pattern(string name, Regex regex, TieredRegex? tiered, IReadOnlyList<string> triggers, bool caseSensitive, int reach,
        (Regex Regex, TieredRegex? Tiered)? anchored = null, SearchValues<char>? starts = null)
        : this(name, regex, tiered, triggers, caseSensitive)
    {
        if (reach >= 0 && _trigger is null)
            throw new ArgumentException($"Pattern '{name}' has a reach but no trigger words to reach back from.", nameof(reach));
        if (anchored is not null && (reach < 0 || regex.RightToLeft))
            throw new ArgumentException($"Pattern '{name}' starts at word starts but has no reach, or reads right to left.", nameof(anchored));
        (_reach, _anchored, _starts) = (reach, anchored, starts);
    }

    private Pattern(string name, Regex regex, TieredRegex? tiered, IReadOnlyList<string> triggers, bool caseSensitive)
    {
        _reach = -1;
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(triggers);
        if (triggers.Any(string.IsNullOrEmpty))
            throw new ArgumentException($"Pattern '{name}' has an empty trigger word.", nameof(triggers));
        Name = name;
        _regex = regex;
        _tiered = tiered;
        _trigger = triggers.Count == 0 ? null : TriggerSet.Shared(triggers, caseSensitive);
    }

    /// <summary>The pattern's name in its rule file.</summary>
    public string Name { get; }

    /// <summary>The regex that answers now (a hot pattern's compiled regex once it is ready).</summary>
    public Regex Regex => _tiered?.Current ?? _regex;

    /// <summary>Done once a tiered pattern's compiled regex answers (at once for any other pattern, or while it is cold).</summary>
    internal Task Promotion => _tiered?.Promotion ?? Task.CompletedTask;

    /// <summary>
    /// False when <paramref name="text"/> (the regex's whole input) holds no trigger word, so the regex cannot
    /// match in it. The start of the text counts as the start of a word.
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> text) => _trigger is null || _trigger.Occurs(text);

    /// <summary>As <see cref="MayMatch(ReadOnlySpan{char})"/> for a whole text: a lookup once this thread has walked it.</summary>
    public bool MayMatch(string text) => _trigger is null || TriggerIn(text, earliest: false) >= 0;

    /// <summary>
    /// As <see cref="MayMatch(ReadOnlySpan{char})"/> for the window [<paramref name="start"/>, <paramref name="start"/> +
    /// <paramref name="length"/>) of <paramref name="text"/>: a lookup when this thread has walked the text lately.
    /// </summary>
    public bool MayMatch(string text, int start, int length) =>
        _trigger is null || (TriggerIndex.Cached(text, _trigger) is { } index
            ? index.FirstAt(_trigger, start, start + length) >= 0
            : _trigger.Occurs(text.AsSpan(start, length)));

    /// <summary>The first match in <paramref name="text"/>.</summary>
    public Match Match(string text) =>
        _anchored is not null ? AtWordStarts(text, 0)
        : Start(text) is var start and >= 0 ? For(text).Match(text, start) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The first match at or after <paramref name="startat"/> (lookbehinds see the text before it).</summary>
    public Match Match(string text, int startat) =>
        Forwards() && MayMatch(text, startat, text.Length - startat) ? For(text).Match(text, startat) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The first match inside [<paramref name="beginning"/>, <paramref name="beginning"/> + <paramref name="length"/>), which the regex sees as the whole input.</summary>
    public Match Match(string text, int beginning, int length) =>
        MayStart(text, beginning, length) && MayMatch(text, beginning, length) ? For(text).Match(text, beginning, length) : System.Text.RegularExpressions.Match.Empty;

    // False when the pattern is anchored at the window's beginning and no match can start with the character there.
    private bool MayStart(string text, int beginning, int length) => MayStart(text.AsSpan(beginning, length));

    private bool MayStart(ReadOnlySpan<char> window) => _starts is null || (window.Length > 0 && _starts.Contains(window[0]));

    /// <summary>
    /// The match inside the <paramref name="window"/> characters before <paramref name="end"/> (never before
    /// <paramref name="floor"/>), which the regex sees as its whole input: for patterns that end at a word ("$"),
    /// read per number, name or quotation, where scanning the whole sentence prefix each time would be quadratic.
    /// With <paramref name="atSpace"/> a window that would open inside a word opens at the next whitespace instead,
    /// so a word cut in two never reads as a word of its own.
    /// </summary>
    public Match MatchBefore(string text, int end, int window, int floor = 0, bool atSpace = false)
    {
        var begin = Math.Max(floor, end - window);
        if (atSpace)
            while (begin > floor && begin < end && !char.IsWhiteSpace(text[begin])) begin++;
        return Match(text, begin, end - begin);
    }

    /// <summary>True when the regex matches somewhere in <paramref name="text"/>.</summary>
    public bool IsMatch(string text) => Start(text) is var start and >= 0 && For(text).IsMatch(text, start);

    /// <summary>True when the regex matches in <paramref name="text"/>, its whole input (a window read without copying it).</summary>
    public bool IsMatch(ReadOnlySpan<char> text) => MayStart(text) && MayMatch(text) && For(text).IsMatch(text);

    /// <summary>True when the regex matches at or after <paramref name="startat"/>.</summary>
    public bool IsMatch(string text, int startat) => Forwards() && MayMatch(text, startat, text.Length - startat) && For(text).IsMatch(text, startat);

    /// <summary>Every match in <paramref name="text"/>, in order.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        for (var m = Match(text); m.Success; m = Next(text, m)) yield return m;
    }

    /// <summary>
    /// The match after <paramref name="previous"/> (a match of this pattern in <paramref name="text"/>), the one
    /// <c>previous.NextMatch()</c> finds. With a reach, reading resumes only where the next trigger word lets a match
    /// begin, and stops when no trigger word follows, instead of trying every position up to the end of the text.
    /// </summary>
    public Match Next(string text, Match previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        if (_anchored is not null) return AtWordStarts(text, previous.Index + Math.Max(1, previous.Length));
        if (_reach < 0 || previous.Length == 0) return previous.NextMatch();
        var start = ResumeAt(text, previous.Index + previous.Length);
        return start < 0 ? System.Text.RegularExpressions.Match.Empty : For(text).Match(text, start);
    }

    /// <summary>
    /// Adds where every match in <paramref name="text"/> starts and ends to <paramref name="spans"/>, in order, as a
    /// scan finds them: for callers that need no groups, without building a match object for each (and, with a reach,
    /// resuming after each match as <see cref="Next"/> does).
    /// </summary>
    public void AddSpans(string text, List<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var start = Start(text);
        if (start < 0) return;
        var regex = For(text);
        while (start >= 0)
        {
            var resume = -1;
            foreach (var m in regex.EnumerateMatches(text, start))
            {
                spans.Add((m.Index, m.Index + m.Length));
                if (_reach >= 0 && m.Length > 0)
                {
                    resume = ResumeAt(text, m.Index + m.Length);
                    break;
                }
            }
            start = resume;
        }
    }

    // The first match that starts at `from` or later, for a pattern whose matches start at word starts: only the word
    // starts within its reach before each trigger word are tried, by the anchored regex. A match that starts between
    // two such windows would hold no trigger word before the next one, so it would start in that one's window.
    private Match AtWordStarts(string text, int from)
    {
        for (var trigger = FirstTrigger(text, from); trigger >= 0; trigger = FirstTrigger(text, from))
        {
            for (var at = Math.Max(from, PatternReach.StartBefore(text, trigger, _reach)); at <= trigger; at++)
                if (PatternReach.IsWordStart(text, at) && Anchored(text).Match(text, at) is { Success: true } m) return m;
            from = trigger + 1;
        }
        return System.Text.RegularExpressions.Match.Empty;
    }

    // Where the first trigger word at `from` or later starts (`from` counting as a word start), or -1.
    private int FirstTrigger(string text, int from) =>
        from >= text.Length ? -1 : TriggerIndex.Of(text, _trigger!).FirstAt(_trigger!, from, text.Length);

    // Where reading may resume at `from` or later for the next match: -1 when no trigger word begins there or after
    // (`from` counts as a word start, which can only move the answer earlier); else as many words before the first one
    // as the reach says, and no earlier than `from`. Every match that starts at `from` or later holds a trigger word at
    // or after that first one, so it starts there or later.
    private int ResumeAt(string text, int from)
    {
        var first = FirstTrigger(text, from);
        return first < 0 ? -1 : Math.Max(from, PatternReach.StartBefore(text, first, _reach));
    }

    // Where a match in the whole text can start at the earliest: -1 when the text has no trigger word; with a reach,
    // that many words before the first trigger word; else the start of the text.
    private int Start(string text)
    {
        Forwards();
        if (_trigger is null) return 0;
        return _reach < 0 ? (TriggerIn(text, earliest: false) >= 0 ? 0 : -1)
            : TriggerIn(text, earliest: true) is var first and >= 0 ? PatternReach.StartBefore(text, first, _reach) : -1;
    }

    // Where the first trigger word of the whole text starts (without `earliest`, 0 when one occurs: reading from the
    // text's start is always safe), or -1 when none does. The text is walked once for all patterns (TriggerIndex).
    private int TriggerIn(string text, bool earliest)
    {
        var found = TriggerIndex.Of(text, _trigger!).FirstAt(_trigger!, 0, text.Length);
        return earliest || found < 0 ? found : 0;
    }

    // True, for the calls that search forwards from an offset: a pattern read right to left (engines.yaml) would search
    // leftwards from it, so it answers only on a window that ends where its matches end (MatchBefore, Match(text,
    // beginning, length)).
    private bool Forwards() => !_regex.RightToLeft || ThrowRightToLeft();

    // Apart from Forwards, which every forward call runs, so that it stays small enough to inline.
    private bool ThrowRightToLeft() =>
        throw new InvalidOperationException($"Pattern '{Name}' reads right to left: match it in a window that ends where it ends (MatchBefore).");

    /// <inheritdoc />
    public override string ToString() => Name;

    // This thread's copy of the regex to run on a text that passed the trigger gate (counting the run towards a tiered
    // regex's promotion).
    private Regex For(string text) => ThreadRegex.Local(_slot, _tiered?.For(text) ?? _regex);

    // This thread's copy of the anchored regex.
    private Regex Anchored(string text) => ThreadRegex.Local(_anchoredSlot, _anchored!.Value.Tiered?.For(text) ?? _anchored.Value.Regex);

    // As For(string), for a window read in place.
    private Regex For(ReadOnlySpan<char> text) => ThreadRegex.Local(_slot, _tiered?.For(text) ?? _regex);
}
