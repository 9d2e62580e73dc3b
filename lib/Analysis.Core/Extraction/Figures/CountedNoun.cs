using System.Buffers;
using Analysis.Lexicons;

namespace Analysis.Extraction.Figures;

/// <summary>What a number counts: the head noun after it and the kind of noun it is.</summary>
/// <param name="Head">The head noun, lower case ("personnel", "service members", "rockets").</param>
/// <param name="Kind">Troops, people, a casualty noun, or another noun.</param>
/// <param name="Start">Offset of the head noun (relative to the text searched).</param>
/// <param name="End">Offset just past the head noun.</param>
internal sealed record CountedNoun(string Head, NounKind Kind, int Start, int End);

/// <summary>The kind of a counted noun.</summary>
internal enum NounKind { Troops, People, Casualty, Other }

/// <summary>
/// Reads the noun a number counts: the first troop, people or casualty noun within a few words after it
/// ("approximately 2,000 personnel", "a small number of additional US military personnel", "three US service members"),
/// else the first plain word ("22 towns", "thousands of rockets"). Stops at prepositions, auxiliaries and punctuation,
/// so "at least 1,100 in Gaza" counts no noun.
/// </summary>
internal sealed class CountedNounReader
{
    private const int MaxWords = 6;
    private const int MaxNounWords = 3;
    // The characters after a word's first letter, as the regex class [\w.’'-] reads them: the words after a count are
    // read in code (a regex call each cost 157,000 matches and their groups per pass over Reuters-21578).
    private static readonly SearchValues<char> WordTail = CharacterClass.Members(@"[\w.’'-]");
    private readonly Lexicon _troops = Lexicon.Load("figures/troop_nouns.txt");
    private readonly Lexicon _people = Lexicon.Load("figures/people_nouns.txt");
    private readonly Lexicon _casualty = Lexicon.Load("figures/casualty_nouns.txt");
    private readonly Lexicon _stop = Lexicon.Load("figures/stop_words.txt");
    private readonly Lexicon _nonHuman = Lexicon.Load("figures/non_human.txt");

    /// <summary>The counted noun after <paramref name="from"/> in <paramref name="text"/>, or null.</summary>
    public CountedNoun? Read(string text, int from)
    {
        var words = new List<(string Text, int Start, int End)>();
        for (var at = from; words.Count < MaxWords && NextWord(text, at) is var (start, end) && end > start; at = end)
        {
            var w = text.AsSpan(start, end - start).TrimEnd(".’'");
            var of = w.Equals("of", StringComparison.OrdinalIgnoreCase);
            // "of" may follow a vague count ("thousands of rockets", "a small number of personnel") once, first.
            if (_stop.Contains(w) && !(words.Count == 0 && of && at == from)) break;
            if (!(words.Count == 0 && of)) words.Add((w.ToString(), start, start + w.Length));
        }
        for (var i = 0; i < words.Count; i++)
        {
            // Longer nouns first ("special operations forces", "service members").
            for (var n = Math.Min(MaxNounWords, words.Count - i); n >= 2; n--)
            {
                var phrase = Phrase(words, i, n);
                if (Classify(phrase) is { } kind) return new CountedNoun(phrase.ToLowerInvariant(), kind, words[i].Start, words[i + n - 1].End);
            }
            if (Classify(words[i].Text) is { } one)
            {
                // "some cattle deaths": a casualty noun counting animals or things is another noun.
                var kind = one == NounKind.Casualty && words.Take(i).Any(w => _nonHuman.Contains(w.Text)) ? NounKind.Other : one;
                return new CountedNoun(words[i].Text.ToLowerInvariant(), kind, words[i].Start, words[i].End);
            }
            // A plain plural before a known noun modifies it ("300 special operations forces"): read on.
            if (i + 1 < words.Count && Classify(words[i + 1].Text) is not null) continue;
            // Else a plain plural is the head itself ("two companies first joined forces", "10 ships totalling"): look no further.
            if (IsPlain(words[i].Text) && words[i].Text.Length > 3 && words[i].Text.EndsWith('s'))
                return new CountedNoun(words[i].Text.ToLowerInvariant(), NounKind.Other, words[0].Start, words[i].End);
        }
        // No known noun: the first plain lower-case word is what is counted ("22 towns", "five missions").
        // ("some concrete ideas": the last of the run of plain words is the head.)
        var last = -1;
        while (last + 1 < words.Count && IsPlain(words[last + 1].Text)) last++;
        return last < 0 ? null : new CountedNoun(words[last].Text.ToLowerInvariant(), NounKind.Other, words[0].Start, words[last].End);
    }

    // The word at `at` after spaces or tabs, as [start, end): a letter A-Z or a-z, then word characters, dots, apostrophes
    // and hyphens; an empty span when none starts there.
    internal static (int Start, int End) NextWord(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\u00A0') at++;
        if (at == text.Length || !char.IsAsciiLetter(text[at])) return (at, at);
        var end = text.AsSpan(at + 1).IndexOfAnyExcept(WordTail);
        return (at, end < 0 ? text.Length : at + 1 + end);
    }

    private static bool IsPlain(string w)
    {
        if (!char.IsLower(w[0])) return false;
        foreach (var c in w)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>The measure a casualty noun gives ("dead" → killed), or null.</summary>
    public string? CasualtyMeasure(string head) => _casualty.ValueOf(head);

    private NounKind? Classify(string word) =>
        _casualty.Contains(word) ? NounKind.Casualty
        : _troops.Contains(word) ? NounKind.Troops
        : _people.Contains(word) ? NounKind.People
        : null;

    // The words [first, first + count) joined by single spaces, without an iterator per phrase tried.
    private static string Phrase(List<(string Text, int Start, int End)> words, int first, int count)
    {
        var length = count - 1;
        for (var k = first; k < first + count; k++) length += words[k].Text.Length;
        return string.Create(length, (words, first, count), static (span, state) =>
        {
            var at = 0;
            for (var k = state.first; k < state.first + state.count; k++)
            {
                if (k > state.first) span[at++] = ' ';
                state.words[k].Text.AsSpan().CopyTo(span[at..]);
                at += state.words[k].Text.Length;
            }
        });
    }
}
