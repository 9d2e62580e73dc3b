using System.Text.RegularExpressions;
using Analysis.Lexicons;
using Analysis.Text;

namespace Analysis.Extraction.People;

/// <summary>
/// Finds references to a person by title alone ("the president", "The Secretary", "the U.S. president") and resolves
/// them: to the person named in apposition right after ("The prime minister, Rishi Sunak, said"), else to the nearest
/// person named before with a compatible title ("Defense Secretary Lloyd Austin" … "The Secretary"), else to the holder
/// of the office at the publication date (<c>known_offices.txt</c>) in the country the title names; a title that names
/// none is the US office's, unless the article names another country's holder of it and not the US one ("the defence
/// secretary" in an article naming Grant Shapps). Unresolved references are dropped.
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
                var person = Appositive(titled, text, m.Index + m.Length, sentence.Start) ?? Preceding(titled, role, start)
                    ?? Office(m.Groups["country"].Value, role, doc.Article.Published, titled);
                if (person is not null)
                    found.Add(new Mention(person, m.Value, MentionKind.Title, start, start + m.Length, sentence.Index));
            }
        }
        return found;
    }

    // "The prime minister, Rishi Sunak, …": a name right after the title and a comma is the title's holder.
    private static string? Appositive(IReadOnlyList<(Mention Mention, string Title)> titled, string text, int end, int offset)
    {
        if (end >= text.Length || text[end] != ',') return null;
        var next = end + 1;
        while (next < text.Length && text[next] == ' ') next++;
        foreach (var (mention, _) in titled)
            if (mention.Start == offset + next) return mention.Person;
        return null;
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

    private string? Office(string country, string role, DateOnly? published, IReadOnlyList<(Mention Mention, string Title)> named)
    {
        if (published is not { } date || role.Length == 0) return null;
        if (country.Length == 0)
        {
            var us = _known.HolderOf("us " + role, date);
            if (us is not null && named.Any(n => n.Mention.Person == us)) return us;
            return _known.HoldersOf(role, date).FirstOrDefault(h => h != us && named.Any(n => n.Mention.Person == h)) ?? us;
        }
        var prefix = country switch
        {
            "U.S." or "US" or "American" => "us",
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
