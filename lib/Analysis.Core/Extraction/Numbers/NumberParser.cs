using System.Globalization;
using Analysis.Lexicons;

namespace Analysis.Extraction.Numbers;

/// <summary>Turns the text of one number into its value: digits with separators and scale ("5.93 mln"), or words ("twenty-two", "two dozen").</summary>
internal static class NumberParser
{
    private static readonly Lexicon Words = Lexicon.Load("numbers/words.txt");
    private static readonly Lexicon Multipliers = Lexicon.Load("numbers/multipliers.txt");
    private static readonly Lexicon Scales = Lexicon.Load("numbers/scales.txt");
    private static readonly char[] Separators = [' ', '-', '\t', '\n', '\r', '\u00A0'];

    /// <summary>The value of <paramref name="text"/>, or null when it is not a number.</summary>
    public static decimal? Parse(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        return char.IsAsciiDigit(t[0]) ? ParseDigits(t) : ParseWords(t);
    }

    private static decimal? ParseDigits(string t)
    {
        var i = 0;
        while (i < t.Length && (char.IsAsciiDigit(t[i]) || t[i] is ',' or '.')) i++;
        if (!decimal.TryParse(t[..i].Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        var scale = t[i..].Trim();
        if (scale.Length == 0) return value;
        return Scales.ValueOf(scale) is { } factor ? value * decimal.Parse(factor, CultureInfo.InvariantCulture) : null;
    }

    // "three hundred and twenty-two thousand": small numbers add up, "hundred" multiplies the group,
    // "thousand"/"million" close a group; "dozen" multiplies what is before it ("two dozen" = 24, "a dozen" = 12);
    // "half" halves the whole ("half a dozen" = 6).
    private static decimal? ParseWords(string t)
    {
        decimal total = 0, group = 0, factorOfWhole = 1;
        var any = false;
        foreach (var word in t.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
            {
                factorOfWhole = 0.5m;
                continue;
            }
            if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                group += 1;
                continue;
            }
            if (Words.ValueOf(word) is { } v)
            {
                group += decimal.Parse(v, CultureInfo.InvariantCulture);
                any = true;
            }
            else if (Multipliers.ValueOf(word) is { } m)
            {
                var factor = decimal.Parse(m, CultureInfo.InvariantCulture);
                if (group == 0) group = 1;
                if (factor >= 1000) { total += group * factor; group = 0; }
                else group *= factor;
                any = true;
            }
            else return null;
        }
        return any ? (total + group) * factorOfWhole : null;
    }
}
