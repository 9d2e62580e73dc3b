namespace Analysis.Text;

/// <summary>Whitespace in phrases read from text: a line break or a run of spaces inside a phrase reads as one space.</summary>
internal static class Whitespace
{
    /// <summary>
    /// <paramref name="text"/> with its words parted by single spaces and no space around them ("Defense \n Department"
    /// → "Defense Department"), the form word lists and titles are looked up in.
    /// </summary>
    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether <paramref name="text"/> holds whitespace (<see cref="char.IsWhiteSpace(char)"/>): a phrase of more than one word.</summary>
    public static bool Occurs(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsWhiteSpace(c)) return true;
        return false;
    }
}
