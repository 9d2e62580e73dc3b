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
/// secretary" in an article naming Grant Shapps). In a transcript turn, a title that names no country is first the
/// office of the state the briefing speaks for (its <see cref="Figures.HomeActor"/>): "the President" at a State
/// Department briefing is the US president even after "President el-Sisi". Unresolved references are dropped.
/// </summary>
internal sealed class TitleReferenceFinder
{
    private readonly Pattern _reference = PatternLibrary.Load("people/patterns.yaml").Pattern("titleReference");
    private readonly Lexicon _roles = Lexicon.Load("people/role_titles.txt");
    private readonly KnownPeople _known = KnownPeople.Default;

    /// <param name="context">The article being analysed (its home actor is read only for a title in a transcript turn).</param>
    /// <param name="titled">Name mentions with the title written before them, in text order.</param>
    public List<Mention> Find(AnalysisContext context, IReadOnlyList<(Mention Mention, string Title)> titled)
    {
        var doc = context.Document;
        var found = new List<Mention>();
        foreach (var sentence in doc.Sentences)
        {
            var text = doc.TextOf(sentence);
            for (var m = _reference.Match(text); m.Success; m = m.NextMatch())
            {
                var role = _roles.ValueOf(Regex.Replace(m.Groups["role"].Value, @"\s+", " ")) ?? "";
                var start = sentence.Start + m.Index;
                var country = m.Groups["country"].Value;
                var person = Appositive(titled, text, m.Index + m.Length, sentence.Start)
                    ?? (sentence.Turn is not null && country.Length == 0 ? HomeOffice(context, role) : null)
                    ?? Preceding(titled, role, start)
                    ?? Office(country, role, doc.Article.Published, titled);
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

    // The holder of the role in the state the article speaks for ("us president"), when one is listed.
    private string? HomeOffice(AnalysisContext context, string role) =>
        context.Document.Article.Published is { } date && role.Length > 0 && context.HomeActor is { Length: > 0 } home
            ? _known.HolderOf(home.ToLowerInvariant() + " " + role, date)
            : null;

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
