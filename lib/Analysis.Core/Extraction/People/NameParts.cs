namespace Analysis.Extraction.People;

/// <summary>Small helpers on person names: surname, given name, possessive endings.</summary>
public static class NameParts
{
    private static readonly string[] Suffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

    /// <summary>The surname: the last word that is not a generational suffix ("Lloyd J. Austin III" → "Austin").</summary>
    public static string Surname(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = words.Length - 1;
        while (i > 0 && Array.IndexOf(Suffixes, words[i].TrimEnd(',')) >= 0) i--;
        return i >= 0 ? words[i] : "";
    }

    /// <summary>The first word of the name ("Joe Biden" → "Joe").</summary>
    public static string GivenName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var space = name.IndexOf(' ');
        return space < 0 ? name : name[..space];
    }

    /// <summary>The name without a possessive ending ("Biden’s" → "Biden").</summary>
    public static string StripPossessive(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith("s’", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal)) return word[..^1];
        return word;
    }
}
