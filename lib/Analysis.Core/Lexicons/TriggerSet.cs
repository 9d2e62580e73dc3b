using System.Buffers;
using System.Text;

namespace Analysis.Lexicons;

/// <summary>
/// The trigger words of a <see cref="Pattern"/>, found in a text by vectorised scans. A trigger that begins with a
/// letter or digit counts only where a word begins ("units" is not in "communities"); one that begins with a mark
/// ("-", "’ll") counts anywhere. The scans are laid out for speed on real text: a search over many words at once
/// slows down several-fold once it holds more than a few (its fingerprints collide), so ASCII words are searched
/// in small groups; non-ASCII and one-character triggers, which make a word search take its
/// slow path, are found by their first character and then checked.
/// </summary>
internal sealed class TriggerSet
{
    // Words per vectorised search, measured on 18,908 Reuters sentences: ignoring case, 10 scans of 8 words take a
    // quarter of the time of one scan of 73 (12 or 16 are slower again); as written, one scan of 17 month names is
    // fastest, and groups of 4 take 5x as long.
    private const int GroupSizeIgnoringCase = 8, GroupSizeAsWritten = 32;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TriggerSet> SharedSets = new(StringComparer.Ordinal);
    private readonly SearchValues<string>[] _groups;
    private readonly SearchValues<char>? _firstChars;
    private readonly string[] _others;
    private readonly StringComparison _comparison;

    /// <summary>A set of <paramref name="triggers"/> (none empty); <paramref name="caseSensitive"/>: only as written.</summary>
    public TriggerSet(IEnumerable<string> triggers, bool caseSensitive)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        _comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        // A trigger that starts with another is implied by it; dropping it shortens the scans.
        var all = triggers.Distinct(comparer).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var minimal = all.Where(t => !all.Any(o => o.Length < t.Length && t.StartsWith(o, _comparison))).ToList();
        var words = minimal.Where(t => t.Length > 1 && char.IsAsciiLetterOrDigit(t[0]) && Ascii.IsValid(t)).ToList();
        _groups = words.Chunk(caseSensitive ? GroupSizeAsWritten : GroupSizeIgnoringCase).Select(g => SearchValues.Create(g, _comparison)).ToArray();
        _others = minimal.Except(words).ToArray();
        var firsts = _others.SelectMany(t => caseSensitive ? [t[0]] : new[] { t[0], char.ToLowerInvariant(t[0]), char.ToUpperInvariant(t[0]) });
        _firstChars = _others.Length == 0 ? null : SearchValues.Create(firsts.Distinct().ToArray());
        (Words, CaseSensitive) = (minimal, caseSensitive);
        Id = TriggerTrie.Register(this);
    }

    /// <summary>The set's index among the sets of the process (<see cref="TriggerTrie"/>).</summary>
    public int Id { get; }

    /// <summary>The trigger words, less those that start with another (which it implies).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether the words match only as written.</summary>
    public bool CaseSensitive { get; }

    /// <summary>
    /// The one set of these <paramref name="triggers"/> in the process: patterns with the same trigger words share it,
    /// and so its words in a text's walk (<see cref="TriggerIndex"/>).
    /// </summary>
    public static TriggerSet Shared(IReadOnlyList<string> triggers, bool caseSensitive) =>
        SharedSets.GetOrAdd((caseSensitive ? "1|" : "0|") + string.Join('|', triggers.Order(StringComparer.Ordinal)),
            _ => new TriggerSet(triggers, caseSensitive));

    /// <summary>True when a trigger occurs in <paramref name="text"/>; its start counts as the start of a word.</summary>
    public bool Occurs(ReadOnlySpan<char> text) => Find(text, earliest: false) >= 0;

    /// <summary>Where the first trigger word of <paramref name="text"/> starts, or -1.</summary>
    public int FirstAt(ReadOnlySpan<char> text) => Find(text, earliest: true);

    // The start of a trigger word, -1 for none: the first one a scan meets, or with `earliest` the first in the text
    // (each scan then stops where an earlier one found a trigger).
    private int Find(ReadOnlySpan<char> text, bool earliest)
    {
        var found = int.MaxValue;
        foreach (var group in _groups)
            for (var at = 0; at < found;)
            {
                var hit = text[at..].IndexOfAny(group);
                if (hit < 0 || (at += hit) >= found) break;
                if (IsWordStart(text, at))
                {
                    if (!earliest) return at;
                    found = at;
                    break;
                }
                at++;
            }
        if (_firstChars is not null)
            for (var at = 0; at < found;)
            {
                var hit = text[at..].IndexOfAny(_firstChars);
                if (hit < 0 || (at += hit) >= found) break;
                foreach (var trigger in _others)
                    if (text[at..].StartsWith(trigger, _comparison) && (!char.IsLetterOrDigit(trigger[0]) || IsWordStart(text, at)))
                        return at;
                at++;
            }
        return found == int.MaxValue ? -1 : found;
    }

    private static bool IsWordStart(ReadOnlySpan<char> text, int at) => at == 0 || !char.IsLetterOrDigit(text[at - 1]);
}
