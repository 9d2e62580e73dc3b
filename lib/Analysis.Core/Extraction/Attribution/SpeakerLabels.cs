using Analysis.Extraction.People;
using Analysis.Lexicons;

namespace Analysis.Extraction.Attribution;

/// <summary>
/// Resolves a transcript speaker label to a person: titles and honorifics are dropped ("GEN. RYDER" → "Ryder"),
/// the surname is matched to a person named in the article, else to the known-people list; a title alone
/// ("THE PRESIDENT") is resolved to the office holder at the publication date; "Q" and "MODERATOR" name nobody.
/// </summary>
internal sealed class SpeakerLabels
{
    private readonly Lexicon _titles = Lexicon.Load("attribution/label_titles.txt");
    private readonly Lexicon _nobody = Lexicon.Load("attribution/non_speaker_labels.txt");
    private readonly KnownPeople _known = KnownPeople.Default;

    /// <summary>The canonical speaker of a label, or null when the label names nobody identifiable.</summary>
    public string? Resolve(string label, IReadOnlyList<Mention> mentions, DateOnly? published)
    {
        if (_nobody.Contains(label)) return null;
        var words = label.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries); // "BROWN, JR."
        var nameWords = words.Where(w => !_titles.Contains(w)).Select(TitleCase).ToArray();
        if (nameWords.Length == 0)
        {
            var office = words.Any(w => w.Equals("PRESIDENT", StringComparison.OrdinalIgnoreCase)) && !words.Any(w => w.Equals("VICE", StringComparison.OrdinalIgnoreCase))
                ? "us president" : null;
            return office is not null && published is { } date ? _known.HolderOf(office, date) : null;
        }
        var name = string.Join(' ', nameWords);
        var surname = nameWords[^1];
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Name && NameParts.Surname(m.Person).Equals(surname, StringComparison.OrdinalIgnoreCase))
                return m.Person;
        return _known.Canonical(name) ?? _known.BySurname(surname) ?? name;
    }

    // "JEAN-PIERRE" → "Jean-Pierre", "MCKENZIE" → "Mckenzie" (the known-people list restores the real spelling).
    private static string TitleCase(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is '-' or '\'' or '’') chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }
}
