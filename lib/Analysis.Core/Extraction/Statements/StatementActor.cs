using System.Text.RegularExpressions;
using Analysis.Extraction.Figures;
using Analysis.Lexicons;

namespace Analysis.Extraction.Statements;

/// <summary>
/// Decides whose forces a statement is about: an actor word in the force's noun phrase ("US troops",
/// "Israeli tanks", "USS Truman", "the destroyer USS Carney") or right after it ("soldiers from the British Army"); else the clause's subject
/// ("Israel responded by …, while deploying …"); else the country of an office holder named in the clause before the
/// cue ("Defense Secretary Lloyd Austin put 2,000 troops on alert" → US);
/// else the sentence's first subject actor before the clause ("After being withdrawn in 2011, US troops …");
/// else, for a clause that refers back ("These units are on prepare-to-deploy orders"), the previous statement's
/// actor; for a clause about the speaker's own side ("we", "our forces", "the department") or a transcript turn,
/// the speaker's actor or the article's home actor (<see cref="HomeActor"/>: a Pentagon briefing → US); else the
/// sentence's first subject actor after the clause; else the speaker's ("US Defense Department", "Pentagon");
/// else the article's previous statement's actor.
/// Objects of prepositions ("to Israel") and possessors ("Israel’s facilities") are not actors.
/// </summary>
internal sealed class StatementActor
{
    private const int ModifierWindow = 30;
    private static readonly Pattern PrepositionBefore = PatternLibrary.Load("statements/patterns.yaml").Pattern("prepositionBefore");
    private static readonly Pattern ShipNameAfter = PatternLibrary.Load("statements/patterns.yaml").Pattern("shipNameAfter");
    private readonly ActorFinder _actors = ActorFinder.Default;
    private readonly Lexicon _forces = Lexicon.Load("statements/forces.txt");

    private StatementActor() { }

    /// <summary>The shared resolver.</summary>
    public static StatementActor Default { get; } = new();

    /// <summary>The actor of <paramref name="cue"/> in the clause [<paramref name="start"/>, <paramref name="end"/>) of the sentence text.</summary>
    /// <param name="text">The sentence text.</param>
    /// <param name="start">Start of the clause.</param>
    /// <param name="end">End of the clause.</param>
    /// <param name="cue">The stance cue.</param>
    /// <param name="speaker">The statement's speaker, or empty.</param>
    /// <param name="setting">The article's home actor, the previous statement's actor, and whether the sentence is a transcript turn.</param>
    public string Resolve(string text, int start, int end, StanceCue cue, string speaker, ActorSetting setting)
    {
        if (cue.ForceStart >= 0)
        {
            var from = Math.Max(0, cue.ForceStart - ModifierWindow);
            var to = ShipNameAfter.Match(text, cue.ForceEnd) is { Success: true } ship ? ship.Index + ship.Length : cue.ForceEnd;
            var near = _actors.Find(text, from, to);
            for (var i = near.Count - 1; i >= 0; i--)
                if (IsModifier(text, near[i].End, cue.ForceStart)) return near[i].Actor;
            if (_actors.OwnerAfter(text, cue.ForceEnd) is { Length: > 0 } owner) return owner;
        }
        if (Subject(text, start, cue.Start) is { Length: > 0 } inClause) return inClause;
        if (setting.OfficeHolder.Length > 0) return setting.OfficeHolder;
        if (Subject(text, 0, start) is { Length: > 0 } before) return before;
        var bySpeaker = _actors.ActorOf(speaker);
        if (setting.Previous.Length > 0 && HomeActor.Default.RefersBack(text, start, end)) return setting.Previous;
        if (setting.InTurn || HomeActor.Default.RefersToSelf(text, start, end))
        {
            if (bySpeaker.Length > 0) return bySpeaker;
            if (setting.Home.Length > 0) return setting.Home;
        }
        if (Subject(text, end, text.Length) is { Length: > 0 } after) return after;
        if (bySpeaker.Length > 0) return bySpeaker;
        return setting.Previous;
    }

    /// <summary>The SPEC force type of a force noun ("carrier strike group" → naval; "USS …" → naval).</summary>
    public Force ForceOf(string noun)
    {
        if (noun.StartsWith("USS ", StringComparison.Ordinal)) return Force.Naval;
        var normalized = Text.Whitespace.Collapse(noun);
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

    private string Subject(string text, int from, int to) => _actors.SubjectActor(text, from, to, PrepositionBefore);
}

/// <summary>What an article says about actors beyond a clause: its home actor, the previous statement's actor, and whether the clause is spoken in a transcript turn.</summary>
/// <param name="Home">The article's home actor (<see cref="HomeActor"/>), or empty.</param>
/// <param name="Previous">The actor of the article's previous statement, or empty.</param>
/// <param name="OfficeHolder">The country of a person named in the clause before its cue who held a listed office at publication, or empty.</param>
/// <param name="InTurn">True when the sentence is spoken in a (non-question) transcript turn.</param>
internal readonly record struct ActorSetting(string Home, string Previous, bool InTurn, string OfficeHolder = "");
