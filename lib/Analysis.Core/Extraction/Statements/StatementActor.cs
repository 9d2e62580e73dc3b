using System.Text.RegularExpressions;
using Analysis.Extraction.Figures;
using Analysis.Lexicons;

namespace Analysis.Extraction.Statements;

/// <summary>
/// Decides whose forces a statement is about: an actor word in the force's noun phrase ("US troops",
/// "Israeli tanks", "USS Truman"); else the clause's subject ("Israel responded by …, while deploying …");
/// else the sentence's first subject actor outside the clause ("After being withdrawn in 2011, US troops …");
/// else the speaker's ("US Defense Department", "Pentagon"); else the article's previous statement's actor.
/// Objects of prepositions ("to Israel") and possessors ("Israel’s facilities") are not actors.
/// </summary>
internal sealed class StatementActor
{
    private const int ModifierWindow = 30;
    private static readonly Regex PrepositionBefore = new(@"\b(?i:to|into|against|in|on|from|with|of|at|toward|towards|near|inside|across|by|for|between|and\s+the|with\s+the)\s+(?:the\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private readonly ActorFinder _actors = ActorFinder.Default;
    private readonly Lexicon _forces = Lexicon.Load("statements/forces.txt");

    private StatementActor() { }

    /// <summary>The shared resolver.</summary>
    public static StatementActor Default { get; } = new();

    /// <summary>The actor of <paramref name="cue"/> in the clause [<paramref name="start"/>, <paramref name="end"/>) of the sentence text.</summary>
    public string Resolve(string text, int start, int end, StanceCue cue, string speaker, string previous)
    {
        if (cue.ForceStart >= 0)
        {
            var from = Math.Max(0, cue.ForceStart - ModifierWindow);
            var near = _actors.Find(text, from, cue.ForceEnd);
            for (var i = near.Count - 1; i >= 0; i--)
                if (IsModifier(text, near[i].End, cue.ForceStart)) return near[i].Actor;
        }
        if (Subject(text, start, cue.Start) is { Length: > 0 } inClause) return inClause;
        if (Subject(text, 0, start) is { Length: > 0 } before) return before;
        if (Subject(text, end, text.Length) is { Length: > 0 } after) return after;
        if (_actors.ActorOf(speaker) is { Length: > 0 } bySpeaker) return bySpeaker;
        return previous;
    }

    /// <summary>The SPEC force type of a force noun ("carrier strike group" → naval; "USS …" → naval).</summary>
    public Force ForceOf(string noun)
    {
        if (noun.StartsWith("USS ", StringComparison.Ordinal)) return Force.Naval;
        var normalized = string.Join(' ', noun.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return _forces.ValueOf(normalized) switch
        {
            "ground" => Force.Ground,
            "naval" => Force.Naval,
            "air" => Force.Air,
            "special forces" => Force.SpecialForces,
            "advisers" => Force.Advisers,
            _ => Force.Unspecified,
        };
    }

    // Only words (no punctuation) between the actor word and the force noun: "US military personnel", "U.S. boots".
    private static bool IsModifier(string text, int actorEnd, int forceStart)
    {
        if (actorEnd > forceStart) return true; // inside the force noun ("USS Truman")
        for (var k = actorEnd; k < forceStart; k++)
            if (text[k] is ',' or ';' or ':' or '(' or ')') return false;
        var gap = text.AsSpan(actorEnd, forceStart - actorEnd).Trim();
        return gap.Length == 0 || gap.Count(' ') < 3;
    }

    private string Subject(string text, int from, int to)
    {
        foreach (var a in _actors.Find(text, from, to))
            if (!PrepositionBefore.Match(text, Math.Max(from, a.Start - 20), a.Start - Math.Max(from, a.Start - 20)).Success && !IsPossessive(text, a.End))
                return a.Actor;
        return "";
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '’' or '\'' && text[end + 1] == 's';
}
