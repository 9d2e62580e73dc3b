using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Extraction.Statements;

/// <summary>
/// Finds the stance cues of a clause with the named patterns of <c>Rules/statements/patterns.yaml</c> and
/// applies negation and modality: a negated deployment is a denial ("troops will not be sent"), a negated
/// withdrawal a presence, a negated alert or presence no statement; a cue after a word of plan, question or
/// condition ("intent to send", "promises to bring … home", "may send") is dropped. Every cue needs a force:
/// its own, else one in the clause, else one in the sentence ("After being withdrawn in 2011, US troops …").
/// </summary>
internal sealed class StanceCueFinder
{
    private const int HypotheticalWindow = 50;
    private readonly (Stance Stance, string Name, bool Verbal, Pattern Regex, Regex? AtForce)[] _rules;
    private readonly Pattern _force, _hypothetical, _conditional, _negatedBefore, _negator, _noneBefore, _refusedBefore, _ruledOutAfter;
    private readonly SharedRegex _military;
    // A word start as the cue regexes read one (their \b and \w), in the clause.
    private static readonly SharedRegex WordStart = new(new Regex(@"\G\b(?=\w)", RegexOptions.CultureInvariant));
    private readonly Lexicon _generic = Lexicon.Load("statements/generic_forces.txt");

    private StanceCueFinder()
    {
        var p = PatternLibrary.Load("statements/patterns.yaml");
        (Stance, string, bool)[] rules =
        [
            (Stance.Deny, "denyNoPlans", true), (Stance.Deny, "denyNoForce", true), (Stance.Deny, "denyNegated", true),
            (Stance.Deny, "denyNegatedPassive", true), (Stance.Deny, "denyReject", true), (Stance.Deny, "denyRuleOut", true),
            (Stance.Deny, "denyNoBoots", true), (Stance.Deny, "denyNotDecided", true),
            (Stance.Ready, "readyAlert", true), (Stance.Ready, "readyPrepare", true), (Stance.Ready, "readyOrdered", true),
            (Stance.Ready, "readyNotice", true),
            (Stance.Deploy, "deployActive", true), (Stance.Deploy, "deployPassive", true), (Stance.Deploy, "deployMotion", true),
            (Stance.Deploy, "deployAdvance", true),
            (Stance.Deploy, "deployNominal", false),
            (Stance.Present, "presentOnGround", true), (Stance.Present, "presentNeverLeft", true), (Stance.Present, "presentKeep", true),
            (Stance.Present, "presentHas", true), (Stance.Present, "presentCount", true), (Stance.Present, "presentRemain", true),
            (Stance.Present, "presentIn", true),
            (Stance.Present, "presentAdvising", true),
            (Stance.Present, "presentThere", true),
            (Stance.Withdraw, "withdrawVerb", true), (Stance.Withdraw, "withdrawPullOut", true), (Stance.Withdraw, "withdrawBringHome", true),
            (Stance.Withdraw, "withdrawReturnHome", true), (Stance.Withdraw, "withdrawEnd", true),
            (Stance.Withdraw, "withdrawNominal", false),
        ];
        // A cue that opens with a force noun phrase ("troops … were sent to") can only start where a force does, so it
        // is tried there alone (anchored) instead of at every position of the clause, where a regex opening with a
        // hundred-word alternation spends its time.
        var forceLed = "(?:" + p.Expand("force") + ")";
        _rules = rules.Select(r => (r.Item1, r.Item2, r.Item3, p.Pattern(r.Item2),
            p.Expand(r.Item2).StartsWith(forceLed, StringComparison.Ordinal)
                ? new Regex(@"\G" + p.Expand(r.Item2), p.EngineOf(r.Item2) | RegexOptions.CultureInvariant) : null)).ToArray();
        _force = p.Pattern("force");
        _hypothetical = p.Pattern("hypothetical");
        _conditional = p.Pattern("conditional");
        _negatedBefore = p.Pattern("negatedBefore");
        _negator = p.Pattern("negator");
        _noneBefore = p.Pattern("noneBefore");
        _refusedBefore = p.Pattern("refusedBefore");
        _ruledOutAfter = p.Pattern("ruledOutAfter");
        _military = new(new Regex(@"\b(?i:" + Lexicon.Load("statements/military_context.txt").ToAlternation() + @")\b", RegexOptions.Compiled | RegexOptions.CultureInvariant));
    }

    /// <summary>True when the text speaks of the military at all; else generic force nouns ("units", "carriers") are not forces.</summary>
    public bool IsMilitary(string text) => _military.Local.IsMatch(text);

    /// <summary>The shared finder.</summary>
    public static StanceCueFinder Default { get; } = new();

    /// <summary>The names of the cue patterns, for tests.</summary>
    public IEnumerable<string> RuleNames => _rules.Select(r => r.Name);

    /// <summary>The cues of the clause [<paramref name="start"/>, <paramref name="end"/>) of the normalized sentence <paramref name="text"/>.</summary>
    /// <param name="military">Whether the article speaks of the military (see <see cref="IsMilitary"/>).</param>
    public List<StanceCue> Find(string text, int start, int end, bool military)
    {
        var cues = new List<StanceCue>();
        List<int>? forceStarts = null;
        foreach (var (stance, name, verbal, regex, atForce) in _rules)
        {
            // A clause without any of the cue's trigger words cannot hold it: one scan instead of a regex per force.
            if (atForce is not null && !regex.MayMatch(text, start, end - start)) continue;
            var matches = atForce is null ? All(regex, text, start, end) : AtForces(atForce, text, end, forceStarts ??= ForceStarts(text, start, end));
            foreach (var m in matches)
                if (Interpret(text, start, end, stance, name, verbal, m) is { } cue && (military || !IsGeneric(cue.Force)))
                    cues.Add(cue);
        }
        return cues;
    }

    /// <summary>
    /// For tests: each force-led cue's matches in [<paramref name="start"/>, <paramref name="end"/>) as a scan of the
    /// clause finds them and as trying it at each force finds them ("index+length/force index+length;…").
    /// </summary>
    internal IEnumerable<(string Rule, string Scanned, string AtForces)> ForceLedMatches(string text, int start, int end)
    {
        var starts = ForceStarts(text, start, end);
        foreach (var (_, name, _, regex, atForce) in _rules)
            if (atForce is not null)
                yield return (name, Spans(All(regex, text, start, end)), Spans(AtForces(atForce, text, end, starts)));
    }

    private static string Spans(IEnumerable<Match> matches) =>
        string.Join(";", matches.Select(m => $"{m.Index}+{m.Length}/{m.Groups["force"].Index}+{m.Groups["force"].Length}"));

    private static IEnumerable<Match> All(Pattern regex, string text, int start, int end)
    {
        for (var m = regex.Match(text, start, end - start); m.Success; m = m.NextMatch()) yield return m;
    }

    // The matches a scan of the clause finds, left to right and not overlapping, found by trying the anchored cue at
    // each position where a force can start; the regex sees [position, end) as its input, which reads the same as the
    // clause there because the force opens with \b at a word start.
    private static IEnumerable<Match> AtForces(Regex anchored, string text, int end, List<int> forceStarts)
    {
        var free = 0;
        foreach (var at in forceStarts)
        {
            if (at < free) continue;
            var m = anchored.Match(text, at, end - at);
            if (!m.Success) continue;
            free = m.Index + m.Length;
            yield return m;
        }
    }

    // Every word start inside the clause's force matches: a force can begin there and nowhere else (a scan finds
    // the leftmost force; one that begins later either starts inside it, "strike group" in "carrier strike group",
    // or is found next).
    private List<int> ForceStarts(string text, int start, int end)
    {
        var starts = new List<int>();
        foreach (var m in Forces(text, start, end))
            for (var i = m.Index; i < m.Index + m.Length; i++)
                if (i == m.Index || WordStart.Local.IsMatch(text.AsSpan(start, end - start), i - start)) starts.Add(i);
        return starts;
    }

    private bool IsGeneric(string force) =>
        _generic.Contains(Text.Whitespace.Collapse(force));

    /// <summary>True when the sentence names a force at all: every cue needs one, so other sentences are skipped cheaply.</summary>
    public bool HasForce(string text) => _force.IsMatch(text);

    /// <summary>
    /// False when <paramref name="text"/> holds no force trigger word, so <see cref="HasForce"/> is false too: a lookup
    /// in the sentence's trigger words, to skip it before its quotation marks are blanked.
    /// </summary>
    public bool MayHaveForce(string text) => _force.MayMatch(text);

    /// <summary>The force nouns of [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    public IEnumerable<Match> Forces(string text, int start, int end)
    {
        for (var m = _force.Match(text, start, end - start); m.Success; m = m.NextMatch()) yield return m;
    }

    private StanceCue? Interpret(string text, int start, int end, Stance stance, string name, bool verbal, Match m)
    {
        // Negation first: "we are not going to send troops", "we do not intend to deploy" are denials even
        // though "intend" alone makes a cue hypothetical; "if we do not send troops" is a condition, not a denial.
        var negated = stance != Stance.Deny && name != "presentNeverLeft" && IsNegated(text, start, m);
        if ((negated || stance == Stance.Deny) && IsWithin(_conditional, text, start, m.Index)) return null;
        if (negated)
        {
            switch (stance)
            {
                case Stance.Deploy: stance = Stance.Deny; break;
                case Stance.Withdraw: stance = Stance.Present; break;
                default: return null;
            }
        }
        else if (stance != Stance.Deny && IsWithin(_hypothetical, text, start, m.Index)) return null;
        // Refusing to rule a deployment out denies nothing: "refused to rule out sending troops". (A deployment denied by
        // the negation before it is a denial: "is not considering sending troops".)
        if (stance == Stance.Deny && !negated && m.Index > start && _refusedBefore.MatchBefore(text, m.Index, 30, start).Success) return null;
        // "ruled out" after a deployment decides it: a denial, or none when it is not ruled out.
        if (stance == Stance.Deploy && _ruledOutAfter.Match(text, m.Index + m.Length, end - m.Index - m.Length) is { Success: true } ruled)
        {
            if (ruled.Groups["not"].Success) return null;
            stance = Stance.Deny;
        }
        var force = m.Groups["force"];
        // "no Libyan forces are in Chad": a presence of none is no statement.
        if (stance == Stance.Present && force.Success && force.Index > start && IsWithin(_noneBefore, text, start, force.Index)) return null;
        if (force.Success)
            return new StanceCue(stance, name, m.Index, m.Index + m.Length, force.Index, force.Index + force.Length, force.Value, verbal);
        if (NearestForce(text, start, end, m.Index) is not { } near) return null;
        return new StanceCue(stance, name, m.Index, m.Index + m.Length, near.Index, near.Index + near.Length, near.Value, verbal);
    }

    // The force noun nearest the cue: in its clause, else anywhere in the sentence.
    private Match? NearestForce(string text, int start, int end, int at)
    {
        Match? best = null;
        foreach (var m in Forces(text, start, end))
            if (best is null || Math.Abs(m.Index - at) < Math.Abs(best.Index - at)) best = m;
        if (best is not null) return best;
        foreach (var m in Forces(text, 0, text.Length))
            if (best is null || Math.Abs(m.Index - at) < Math.Abs(best.Index - at)) best = m;
        return best;
    }

    // A word of <paramref name="regex"/> in the clause within a short window before the cue.
    private static bool IsWithin(Pattern regex, string text, int clauseStart, int cueStart)
    {
        var from = Math.Max(clauseStart, cueStart - HypotheticalWindow);
        return cueStart > from && regex.Match(text, from, cueStart - from).Success;
    }

    // "will not send troops", "are not going to be sending troops" (a negation before the cue, over auxiliaries) or "troops have not been sent to" (inside it).
    private bool IsNegated(string text, int clauseStart, Match m) =>
        (m.Index > clauseStart && _negatedBefore.Match(text, clauseStart, m.Index - clauseStart).Success)
        || _negator.Match(text, m.Index, m.Length).Success;
}
