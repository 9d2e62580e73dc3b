using System.Text.RegularExpressions;
using Analysis.Lexicons;
using Analysis.Text;

namespace Analysis.Extraction.People;

/// <summary>
/// Finds references to a person by title alone ("the president", "The Secretary", "the U.S. president") and resolves
/// them: to the nearest person named before with a compatible title ("Defense Secretary Lloyd Austin" … "The
/// Secretary"), else to the holder of the office at the publication date (<c>known_offices.txt</c>). Unresolved
/// references are dropped.
/// </summary>
internal sealed class TitleReferenceFinder
{
    private readonly Pattern _reference = PatternLibrary.Load("people/patterns.yaml").Pattern("titleReference");
    private readonly Lexicon _roles = Lexicon.Load("people/role_titles.txt");
    private readonly KnownPeople _known = KnownPeople.Default;

    /// <param name="titled">Name mentions with the title written before them, in text order.</param>
    public List<Mention> Find(Document doc, IReadOnlyList<(Mention Mention, string Title)> titled)
    {
        var found = new List<Mention>();
        foreach (var sentence in doc.Sentences)
        {
            var text = doc.TextOf(sentence);
            for (var m = _reference.Match(text); m.Success; m = m.NextMatch())
            {
                var role = _roles.ValueOf(Regex.Replace(m.Groups["role"].Value, @"\s+", " ")) ?? "";
                var start = sentence.Start + m.Index;
                var person = Preceding(titled, role, start) ?? Office(m.Groups["country"].Value, role, doc.Article.Published);
                if (person is not null)
                    found.Add(new Mention(person, m.Value, MentionKind.Title, start, start + m.Length, sentence.Index));
            }
        }
        return found;
    }

    private static string? Preceding(IReadOnlyList<(Mention Mention, string Title)> titled, string role, int position)
    {
        string? person = null;
        foreach (var (mention, title) in titled)
        {
            if (mention.Start >= position) break;
            if (Compatible(title, role)) person = mention.Person;
        }
        return person;
    }

    // "secretary" matches "defense secretary" but not "press secretary" (a different office); longer roles must match whole.
    private static bool Compatible(string title, string role)
    {
        if (title.Length == 0 || role.Length == 0) return false;
        if (role.Contains(' ')) return title.EndsWith(role, StringComparison.Ordinal);
        return title.EndsWith(role, StringComparison.Ordinal) && !title.EndsWith("press " + role, StringComparison.Ordinal)
            && !title.EndsWith("vice " + role, StringComparison.Ordinal);
    }

    private string? Office(string country, string role, DateOnly? published)
    {
        if (published is not { } date || role.Length == 0) return null;
        var prefix = country switch
        {
            "" or "U.S." or "US" or "American" => "us",
            "Israeli" => "israel",
            "Iraqi" => "iraq",
            "Iranian" => "iran",
            "Russian" => "russia",
            "Ukrainian" => "ukraine",
            "French" => "france",
            "British" => "uk",
            "Chinese" => "china",
            "German" => "germany",
            _ => "",
        };
        return _known.HolderOf(prefix + " " + role, date);
    }
}
