using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Extraction.Figures;

/// <summary>An actor word in the text ("US", "Israeli", "Hamas") and the actor it names.</summary>
internal readonly record struct ActorWord(string Actor, int Start, int End);

/// <summary>
/// Finds words naming whose people or forces are meant (nationality adjectives, countries, capitals,
/// institutions, armed groups) with the lexicon <c>Rules/figures/actors.txt</c>. Names are case-sensitive.
/// Shared by the figures and statements steps.
/// </summary>
internal sealed class ActorFinder
{
    private readonly Lexicon _actors = Lexicon.Load("figures/actors.txt");
    private readonly Pattern _ownerAfter = PatternLibrary.Load("figures/patterns.yaml").Pattern("ownerAfter");
    private readonly SharedRegex _regex;

    private ActorFinder()
    {
        _regex = new(new Regex(@"(?<![\w.])" + _actors.ToAlternation() + @"(?![\w])", RegexOptions.Compiled | RegexOptions.CultureInvariant));
    }

    /// <summary>The shared finder.</summary>
    public static ActorFinder Default { get; } = new();

    /// <summary>The actor words of <paramref name="text"/> in [<paramref name="start"/>, <paramref name="end"/>), in order.</summary>
    public List<ActorWord> Find(string text, int start, int end)
    {
        var found = new List<ActorWord>();
        if (end <= start) return found;
        for (var m = _regex.Local.Match(text, start, end - start); m.Success; m = m.NextMatch())
            if (_actors.ValueOf(Text.Whitespace.Collapse(m.Value)) is { Length: > 0 } actor)
                found.Add(new ActorWord(actor, m.Index, m.Index + m.Length));
        return found;
    }

    /// <summary>
    /// The actor of the armed service named right after <paramref name="end"/>, the end of a force's noun phrase
    /// ("soldiers from the British Army" → UK), or empty.
    /// </summary>
    public string OwnerAfter(string text, int end)
    {
        var owner = _ownerAfter.Match(text, end);
        var actors = owner.Success ? Find(text, owner.Index, owner.Index + owner.Length) : [];
        return actors.Count > 0 ? actors[0].Actor : "";
    }

    /// <summary>
    /// The first actor in [<paramref name="from"/>, <paramref name="to"/>) that is no object of a preposition ("into
    /// Israel": <paramref name="prepositionBefore"/> matches the 20 characters before it) and no possessive ("Israel’s
    /// army"): the subject's actor, or empty.
    /// </summary>
    public string SubjectActor(string text, int from, int to, Pattern prepositionBefore)
    {
        foreach (var a in Find(text, from, to))
            if (IsSubject(text, from, a, prepositionBefore)) return a.Actor;
        return "";
    }

    /// <summary>
    /// As <see cref="SubjectActor"/>, the last such actor: the subject of the verb at <paramref name="to"/> when a
    /// clause before it has its own ("An Iranian commander said Iraqi troops suffered …" → Iraq).
    /// </summary>
    public string NearestSubjectActor(string text, int from, int to, Pattern prepositionBefore)
    {
        var nearest = "";
        foreach (var a in Find(text, from, to))
            if (IsSubject(text, from, a, prepositionBefore)) nearest = a.Actor;
        return nearest;
    }

    private static bool IsSubject(string text, int from, ActorWord a, Pattern prepositionBefore)
    {
        var window = Math.Max(from, a.Start - 20);
        return !prepositionBefore.Match(text, window, a.Start - window).Success && !IsPossessive(text, a.End);
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '’' or '\'' && text[end + 1] == 's';

    /// <summary>The actor named in <paramref name="text"/> (a source such as "US Defense Department" or "Pentagon"), or empty.</summary>
    public string ActorOf(string text)
    {
        var words = Find(text, 0, text.Length);
        return words.Count > 0 ? words[0].Actor : "";
    }
}
