using System.Text.RegularExpressions;
using Analysis.Extraction.People;
using Analysis.Lexicons;
using Analysis.Text;

namespace Analysis.Extraction.Attribution;

/// <summary>A cue with its resolved source (null when a pronoun found no antecedent).</summary>
internal sealed record ResolvedCue(AttributionCue Cue, Source? Source);

/// <summary>
/// The attribution cues of one document, resolved in one forward pass so that pronoun subjects ("he said")
/// find the most recent compatible speaker: the speaker of an earlier cue, else the subject of an earlier
/// sentence, else another person named before (matching "he"/"she" against the given name's gender).
/// </summary>
internal sealed class DocumentAttribution
{
    private static readonly Regex AttributiveNext = new(@"^(?:’s|'s|\s+(?:administration|government|campaign|team|family|era|camp|cabinet|doctrine|presidency|policy|policies|White\s+House))\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private readonly List<ResolvedCue>[] _cues;
    private readonly bool[] _backReference;

    public DocumentAttribution(AnalysisContext context, CueFinder finder, SourceNamer namer, Pattern singular)
    {
        Mentions = context.Mentions;
        var doc = context.Document;
        var text = doc.Text;
        var quoted = new QuotedRanges(text, Quotes.QuoteStep.ParagraphEnds(doc));
        _cues = new List<ResolvedCue>[doc.Sentences.Count];
        _backReference = new bool[doc.Sentences.Count];
        var history = new List<(Source Source, Gender Gender)>();
        var mentionIndex = 0;
        foreach (var sentence in doc.Sentences)
        {
            _backReference[sentence.Index] = finder.IsBackReference(text, sentence.Start, sentence.End);
            var candidates = Candidates(doc, sentence, singular, namer, ref mentionIndex);
            var resolved = new List<ResolvedCue>();
            foreach (var cue in finder.Find(text, sentence.Start, sentence.End, quoted))
            {
                var source = cue.Form == SourceForm.Pronoun
                    ? Antecedent(text[cue.SourceStart..cue.SourceEnd], cue.SourceStart, candidates, history)
                    : namer.Name(text, cue.SourceStart, cue.SourceEnd, cue.Form, Mentions);
                resolved.Add(new ResolvedCue(cue, source));
            }
            _cues[sentence.Index] = resolved;
            // Most recent last: other people named, then the sentence's subject, then its speakers.
            for (var i = candidates.Count - 1; i >= 1; i--) history.Add(candidates[i]);
            if (candidates.Count > 0) history.Add(candidates[0]);
            foreach (var r in resolved)
                if (r.Source is { } s) history.Add((s, GenderOf(s)));
        }
    }

    /// <summary>The mentions the cues were resolved with (the cache is stale when the context's list changes).</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The resolved cues of a sentence.</summary>
    public IReadOnlyList<ResolvedCue> CuesOf(int sentence) => _cues[sentence];

    /// <summary>True when the sentence attributes the one before it ("That’s according to …").</summary>
    public bool IsBackReference(int sentence) => _backReference[sentence];

    // People named in the sentence (not attributively: "the Biden administration" is no antecedent of "he")
    // and singular unnamed sources ("the unnamed U.S. official"), in text order.
    private List<(Source, Gender)> Candidates(Document doc, Sentence sentence, Pattern singular, SourceNamer namer, ref int mentionIndex)
    {
        var found = new List<(int Position, Source Source, Gender Gender)>();
        while (mentionIndex < Mentions.Count && Mentions[mentionIndex].Start < sentence.End)
        {
            var m = Mentions[mentionIndex++];
            if (m.Start < sentence.Start || m.Person.Length == 0) continue;
            var after = doc.Text.AsSpan(m.End, Math.Min(40, doc.Text.Length - m.End)).ToString();
            if (AttributiveNext.IsMatch(after)) continue;
            found.Add((m.Start, new Source(m.Person, SourceKind.Person, m.Start, m.End), GivenNames.Default.GenderOf(m.Person)));
        }
        // Cheap gate: the singular-source pattern only runs where one of its head nouns occurs.
        var mayHold = MayHoldSingularSource(doc.Text.AsSpan(sentence.Start, sentence.Length));
        for (var s = mayHold ? singular.Match(doc.Text, sentence.Start, sentence.Length) : Match.Empty; s.Success; s = s.NextMatch())
        {
            var start = s.Index;
            if (namer.Name(doc.Text, start, start + s.Length, SourceForm.Group, Mentions) is { IsSingular: true } src)
                found.Add((start, src, Gender.Unknown));
        }
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found.Select(f => (f.Source, f.Gender)).ToList();
    }

    private static bool MayHoldSingularSource(ReadOnlySpan<char> s) =>
        s.Contains("official", StringComparison.Ordinal) || s.Contains("spokes", StringComparison.Ordinal) || s.Contains("aide", StringComparison.Ordinal)
        || s.Contains("diplomat", StringComparison.Ordinal) || s.Contains("source", StringComparison.Ordinal) || s.Contains("officer", StringComparison.Ordinal)
        || s.Contains("commander", StringComparison.Ordinal);

    private static Source? Antecedent(string pronoun, int position, List<(Source Source, Gender Gender)> sameSentence,
        List<(Source Source, Gender Gender)> history)
    {
        var wanted = pronoun.ToLowerInvariant() switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };
        var plural = wanted == Gender.Unknown;
        // Within the sentence the subject (first compatible candidate before the pronoun) wins.
        foreach (var (source, gender) in sameSentence)
            if (source.Start < position && Compatible(source, gender, wanted, plural)) return source with { Start = source.Start, End = source.End };
        for (var i = history.Count - 1; i >= 0 && i >= history.Count - 12; i--)
            if (Compatible(history[i].Source, history[i].Gender, wanted, plural)) return history[i].Source;
        return null;
    }

    private static bool Compatible(Source source, Gender gender, Gender wanted, bool plural)
    {
        if (plural) return source.Kind != SourceKind.Person && !source.IsSingular;
        if (source.Kind != SourceKind.Person && !source.IsSingular) return false;
        return gender == Gender.Unknown || gender == wanted;
    }

    private static Gender GenderOf(Source s) => s.Kind == SourceKind.Person ? GivenNames.Default.GenderOf(s.Name) : Gender.Unknown;
}
