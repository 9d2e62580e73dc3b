using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Extraction.Numbers;

/// <summary>
/// Rejects numbers that are not counts, by their context in the sentence: money ("$1.3 billion", "5 dlrs"),
/// percents, times, ages ("a 23-year-old"), names ending in a number ("Highway 1", "Resolution 2334", "F-16"),
/// days next to a month ("October 7"), years ("in 2011", "the 1973 war"), "one of", "several times".
/// Each test is a named pattern of <c>Rules/numbers/patterns.yaml</c>.
/// </summary>
internal sealed class NumberContextFilter
{
    private readonly Pattern _currencyBefore, _unitAfter, _nameBefore, _ageBefore, _monthBefore, _monthAfter, _notCountAfter, _notCountBefore;
    private static readonly SharedRegex OneOf = new(new Regex(@"\G\s+(?i:of|another)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant));
    private static readonly SharedRegex Times = new(new Regex(@"\G\s+(?i:times?)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant));
    private static readonly SharedRegex PluralAfter = new(new Regex(@"\G\s+(?:[a-z]+s|people|men|women|children)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant));

    public NumberContextFilter()
    {
        var p = PatternLibrary.Load("numbers/patterns.yaml");
        _currencyBefore = p.Pattern("currencyBefore");
        _unitAfter = p.Pattern("unitAfter");
        _nameBefore = p.Pattern("nameBefore");
        _ageBefore = p.Pattern("ageBefore");
        _monthBefore = p.Pattern("monthBefore");
        _monthAfter = p.Pattern("monthAfter");
        _notCountAfter = p.Pattern("notCountAfter");
        _notCountBefore = p.Pattern("notCountBefore");
    }

    /// <summary>True when the number at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> is a count.</summary>
    /// <param name="numberStart">Where the number itself starts (after any hedge).</param>
    public bool IsCount(string text, int start, int numberStart, int end, bool bare)
    {
        // Every test can only reject, so their order changes no answer: the ones gated by a trigger word and the unit
        // after (which rejects most numbers in business news) run before the name test, which reads the whole window.
        if (Before(_currencyBefore, text, numberStart) || Before(_ageBefore, text, start) || Before(_monthBefore, text, numberStart))
            return false;
        if (_unitAfter.IsMatch(text, end) || _monthAfter.IsMatch(text, end)) return false;
        if (IsNameBefore(text, start)) return false;
        var number = text.AsSpan(numberStart, end - numberStart);
        if (number.Equals("one", StringComparison.OrdinalIgnoreCase)
            && (_notCountAfter.IsMatch(text, end) || OneOf.Local.IsMatch(text, end) || Before(_notCountBefore, text, start)))
            return false;
        if (Times.Local.IsMatch(text, end)) return false;
        return !(bare && IsYear(number) && !PluralAfter.Local.IsMatch(text, end));
    }

    /// <summary>A bare four-digit number from 1800 to 2099 is a year unless a plural noun follows ("2000 troops").</summary>
    private static bool IsYear(ReadOnlySpan<char> number) =>
        number.Length == 4 && int.TryParse(number, out var y) && y is >= 1800 and <= 2099;

    // Context before a number is read from a short window: the patterns end at the number ("$"), and scanning
    // the whole sentence prefix for every number would make long wire sentences quadratic.
    internal const int Window = 40;

    private static bool Before(Pattern regex, string text, int start) =>
        start > 0 && regex.MatchBefore(text, start, Window).Success;

    // A capitalised word right before the number names it ("Highway 1"), unless that word opens the sentence
    // ("Three soldiers", "About 2,000" are matched with their hedge; "The 2,000 personnel" is a count).
    private bool IsNameBefore(string text, int start)
    {
        if (start == 0) return false;
        var m = _nameBefore.MatchBefore(text, start, Window);
        if (!m.Success) return false;
        var first = 0;
        while (first < text.Length && !char.IsLetterOrDigit(text[first])) first++;
        return m.Index > first || !char.IsUpper(text[m.Index]) || text[m.Index + 1] == '-';
    }
}
