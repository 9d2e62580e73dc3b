using System.Buffers;
using System.Text.RegularExpressions;

namespace Analysis.Lexicons;

/// <summary>
/// A named rule regex with an optional trigger: words one of which every match of the regex contains
/// (compared ignoring case, as substrings). A text without any trigger word cannot match, so it is
/// answered by one vectorised scan instead of a regex pass that tries the pattern at every position,
/// which is where the time of rule-based extraction goes on text the rule is not about. Triggers are
/// data (<c>Rules/{area}/triggers.yaml</c>); a pattern without one always runs its regex.
/// </summary>
public sealed class Pattern
{
    private readonly SearchValues<string>? _trigger;

    /// <summary>A pattern; <paramref name="triggers"/> empty means it always runs.</summary>
    public Pattern(string name, Regex regex, IReadOnlyList<string> triggers)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(regex);
        ArgumentNullException.ThrowIfNull(triggers);
        if (triggers.Any(string.IsNullOrEmpty))
            throw new ArgumentException($"Pattern '{name}' has an empty trigger word.", nameof(triggers));
        Name = name;
        Regex = regex;
        Triggers = triggers;
        _trigger = triggers.Count == 0 ? null : SearchValues.Create(triggers.ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The pattern's name in its rule file.</summary>
    public string Name { get; }

    /// <summary>The regex.</summary>
    public Regex Regex { get; }

    /// <summary>The trigger words (empty: none).</summary>
    public IReadOnlyList<string> Triggers { get; }

    /// <summary>False when <paramref name="text"/> holds no trigger word, so the regex cannot match in it.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => _trigger is null || text.IndexOfAny(_trigger) >= 0;

    /// <summary>The first match in <paramref name="text"/>.</summary>
    public Match Match(string text) =>
        MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The first match at or after <paramref name="startat"/> (lookbehinds see the text before it).</summary>
    public Match Match(string text, int startat) =>
        MayMatch(text.AsSpan(startat)) ? Regex.Match(text, startat) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>The first match inside [<paramref name="beginning"/>, <paramref name="beginning"/> + <paramref name="length"/>), which the regex sees as the whole input.</summary>
    public Match Match(string text, int beginning, int length) =>
        MayMatch(text.AsSpan(beginning, length)) ? Regex.Match(text, beginning, length) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>True when the regex matches somewhere in <paramref name="text"/>.</summary>
    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    /// <summary>True when the regex matches at or after <paramref name="startat"/>.</summary>
    public bool IsMatch(string text, int startat) => MayMatch(text.AsSpan(startat)) && Regex.IsMatch(text, startat);

    /// <summary>Every match in <paramref name="text"/>, in order.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        if (!MayMatch(text)) yield break;
        for (var m = Regex.Match(text); m.Success; m = m.NextMatch()) yield return m;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
