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
}
