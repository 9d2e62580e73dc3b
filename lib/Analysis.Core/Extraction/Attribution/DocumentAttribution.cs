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
/// sentence, else another person named before (matching "he"/"she" against the given name's gender); "it said" takes
/// only the organisation cited last, in the same sentence or the one before. The pass
/// goes only as far as the sentences asked for: a wire story's attribution is often read near its top only.
/// Used by the one thread analysing its article.
/// </summary>
internal sealed class DocumentAttribution
{
    private static readonly SharedRegex AttributiveNext = new(new Regex(@"^(?:’s|'s|\s+(?:administration|government|campaign|team|family|era|camp|cabinet|doctrine|presidency|policy|policies|White\s+House))\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant));
    private static readonly Lexicon PluralHeads = Lexicon.Load("attribution/plural_heads.txt");
    private readonly List<ResolvedCue>[] _cues;
    private readonly bool[] _backReference;
    private readonly Document _doc;
    private readonly CueFinder _finder;
    private readonly SourceNamer _namer;
    private readonly Pattern _singular;
    private readonly QuotedRanges _quoted;
    private readonly List<(Source Source, Gender Gender)> _history = [];
    private int _mentionIndex;
    private int _done; // sentences resolved so far

    public DocumentAttribution(AnalysisContext context, CueFinder finder, SourceNamer namer, Pattern singular)
    {
        Mentions = context.Mentions;
        _doc = context.Document;
        (_finder, _namer, _singular) = (finder, namer, singular);
        _quoted = new QuotedRanges(_doc.Text, Quotes.QuoteStep.ParagraphEnds(_doc));
        _cues = new List<ResolvedCue>[_doc.Sentences.Count];
        _backReference = new bool[_doc.Sentences.Count];
    }

    // Resolves the sentences up to and including `last`, in order.
    private void ResolveThrough(int last)
    {
        var text = _doc.Text;
        for (; _done <= last; _done++)
        {
            var sentence = _doc.Sentences[_done];
            var own = _doc.TextOf(sentence);
            _backReference[sentence.Index] = _finder.IsBackReference(own);
            var candidates = Candidates(_doc, sentence, _singular, _namer, ref _mentionIndex);
            var resolved = new List<ResolvedCue>();
            foreach (var cue in _finder.Find(own, sentence.Start, _quoted))
            {
                var pronoun = cue.Form == SourceForm.Pronoun ? text[cue.SourceStart..cue.SourceEnd] : null;
                var source = pronoun is null ? _namer.Name(text, cue.SourceStart, cue.SourceEnd, cue.Form, Mentions)
                    : pronoun is "it" or "It" ? LastOrganisationCited(sentence.Index, resolved)
                    : Antecedent(pronoun, cue.SourceStart, candidates, _history);
                resolved.Add(new ResolvedCue(cue, source));
            }
            _cues[sentence.Index] = resolved;
            // Most recent last: other people named, then the sentence's subject, then its speakers.
            for (var i = candidates.Count - 1; i >= 1; i--) _history.Add(candidates[i]);
            if (candidates.Count > 0) _history.Add(candidates[0]);
            foreach (var r in resolved)
                if (r.Source is { } s) _history.Add((s, GenderOf(s)));
        }
    }

    /// <summary>The mentions the cues were resolved with (the cache is stale when the context's list changes).</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The resolved cues of a sentence.</summary>
    public IReadOnlyList<ResolvedCue> CuesOf(int sentence)
    {
        ResolveThrough(sentence);
        return _cues[sentence];
    }

    /// <summary>True when the sentence attributes the one before it ("That’s according to …").</summary>
    public bool IsBackReference(int sentence)
    {
        ResolveThrough(sentence);
        return _backReference[sentence];
    }

    // People named in the sentence (not attributively: "the Biden administration" is no antecedent of "he"; not inside
    // quotation marks: in "“Pickens has a plateful,” he said" the speaker is not Pickens) and singular unnamed sources
    // ("the unnamed U.S. official"), in text order.
    private List<(Source, Gender)> Candidates(Document doc, Sentence sentence, Pattern singular, SourceNamer namer, ref int mentionIndex)
    {
        var found = new List<(int Position, Source Source, Gender Gender)>();
        while (mentionIndex < Mentions.Count && Mentions[mentionIndex].Start < sentence.End)
        {
            var m = Mentions[mentionIndex++];
            if (m.Start < sentence.Start || m.Person.Length == 0 || _quoted.Contains(m.Start)) continue;
            var after = doc.Text.AsSpan(m.End, Math.Min(40, doc.Text.Length - m.End)).ToString();
            if (AttributiveNext.Local.IsMatch(after)) continue;
            found.Add((m.Start, new Source(m.Person, SourceKind.Person, m.Start, m.End), GivenNames.Default.GenderOf(m.Person)));
        }
        for (var s = singular.Match(doc.Text, sentence.Start, sentence.Length); s.Success; s = s.NextMatch())
        {
            var start = s.Index;
            if (namer.Name(doc.Text, start, start + s.Length, SourceForm.Group, Mentions) is { IsSingular: true } src)
                found.Add((start, src, Gender.Unknown));
        }
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        var candidates = new List<(Source, Gender)>(found.Count);
        foreach (var f in found) candidates.Add((f.Source, f.Gender));
        return candidates;
    }

    private static Source? Antecedent(string pronoun, int position, List<(Source Source, Gender Gender)> sameSentence,
        List<(Source Source, Gender Gender)> history)
    {
        var referent = pronoun.ToLowerInvariant() switch { "he" => Referent.Man, "she" => Referent.Woman, _ => Referent.Group };
        // Within the sentence the subject (first compatible candidate before the pronoun) wins.
        foreach (var (source, gender) in sameSentence)
            if (source.Start < position && Compatible(source, gender, referent)) return source with { Start = source.Start, End = source.End };
        for (var i = history.Count - 1; i >= 0 && i >= history.Count - 12; i--)
            if (Compatible(history[i].Source, history[i].Gender, referent)) return history[i].Source;
        return null;
    }

    // What a personal pronoun can stand for: "he"/"she" a person or a single unnamed one, "they" a group or outlet.
    private enum Referent { Man, Woman, Group }

    private static bool Compatible(Source source, Gender gender, Referent referent)
    {
        var person = IsPerson(source);
        return referent == Referent.Group ? !person
            : person && (gender == Gender.Unknown || gender == (referent == Referent.Man ? Gender.Male : Gender.Female));
    }

    private static bool IsPerson(Source source) => source.Kind == SourceKind.Person || source.IsSingular;

    // "It said": the source cited last, earlier in this sentence or in the one before, when that is one organisation
    // ("the Pentagon", "Texaco Inc"; not a person, not "US officials"). Further back, or past a person, "it" is too often
    // something no cue named ("the prospectus said … it said", "the SEC did not say … It said"): no source is better
    // than the wrong one.
    private Source? LastOrganisationCited(int sentence, List<ResolvedCue> earlier)
    {
        var last = LastCited(earlier) ?? (sentence > 0 ? LastCited(_cues[sentence - 1]) : null);
        return last is not null && !IsPerson(last) && !IsPlural(last.Name) ? last : null;
    }

    private static Source? LastCited(List<ResolvedCue> cues) => cues.LastOrDefault(r => r.Source is not null)?.Source;

    // A source named by a plural lower-case head ("two officials", "local media").
    private static bool IsPlural(string name) =>
        name.LastIndexOf(' ') is var space && name[(space + 1)..] is var head && head.Length > 0 && char.IsLower(head[0]) && PluralHeads.Contains(head);

    private static Gender GenderOf(Source s) => s.Kind == SourceKind.Person ? GivenNames.Default.GenderOf(s.Name) : Gender.Unknown;
}
