using System.Text.RegularExpressions;
using Analysis.Extraction.Attribution;
using Analysis.Extraction.People;
using Analysis.Lexicons;

namespace Analysis.Extraction.Quotes;

/// <summary>
/// Pipeline step that fills <see cref="AnalysisContext.Quotes"/>: one row per quoted passage that is a quotation —
/// a whole sentence (or the part after a colon), a passage with its attribution right after it ("…,” Kirby said"),
/// a passage right after a reporting verb, or a fragment that carries an attributed source's predicate
/// ("Halevi said that the military “failed”"). Quoted terms inside narration ("‘Al-Aqsa Flood’", "“on standby”")
/// are not quotations. The speaker comes from the <see cref="AttributionFinder"/>, else from the previous
/// speaker when the quotation continues it. Stateless and thread-safe.
/// </summary>
public sealed class QuoteStep : IPipelineStep
{
    private readonly AttributionFinder _attribution = AttributionFinder.Default;
    private readonly Pattern _fullLeadIn, _afterVerb, _afterVerbAdverbial, _predicate, _termBefore, _sentenceRest, _predicateLead;

    // Between a closing mark and its attribution only punctuation and capitalised title words may stand
    // ("…,” Deputy Pentagon Press Secretary Sabrina Singh said").
    private static readonly SharedRegex TitleGap = new(new Regex(@"\G[\s,.]*(?:[A-Z][\w.’'-]*\s+)*", RegexOptions.Compiled | RegexOptions.CultureInvariant));

    /// <summary>Creates the step with the rules of <c>Rules/quotes/patterns.yaml</c>.</summary>
    public QuoteStep()
    {
        var p = PatternLibrary.Load("quotes/patterns.yaml");
        _fullLeadIn = p.Pattern("fullLeadIn");
        _afterVerb = p.Pattern("afterVerb");
        _predicate = p.Pattern("predicateFragment");
        _afterVerbAdverbial = p.Pattern("afterVerbAdverbial");
        _termBefore = p.Pattern("termBefore");
        _sentenceRest = p.Pattern("sentenceRest");
        _predicateLead = p.Pattern("predicateLead");
    }

    /// <inheritdoc />
    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var doc = context.Document;
        if (doc.Sentences.Count == 0) { context.Quotes = []; return; }
        var text = doc.Text;
        var quotes = new List<Quote>();
        (string Speaker, int Paragraph)? previous = null;
        var passages = QuoteMarkScanner.Scan(text, ParagraphEnds(doc));
        for (var k = 0; k < passages.Count; k++)
        {
            var p = passages[k];
            var sentence = doc.SentenceAt(p.Start);
            var open = Math.Max(sentence.Start, p.Open);
            var full = _fullLeadIn.Match(text, sentence.Start, open - sentence.Start).Success;
            var trailing = Trailing(context, p);
            var afterVerb = EndsLead(_afterVerb, text, sentence.Start, open) || EndsLead(_afterVerbAdverbial, text, sentence.Start, open);
            var quoted = text[p.Start..p.End];
            // A fragment inside a clause reported by a verb before it ("Macron said that … could not be “ruled out”,
            // prompting denials from Germany") is that source's, whatever cue follows it.
            Source? source = trailing ?? (full ? null : Governing(context, sentence, p.Open)?.Source)
                ?? _attribution.Find(context, p.Start, Math.Min(p.End, p.Start + 1));
            var predicate = source is not null && _predicate.IsMatch(quoted);
            if (!full && trailing is null && !afterVerb && !predicate)
            {
                if (ReportedClauseSource(context, sentence, p, k > 0 ? passages[k - 1] : null, open) is not { } reported) continue;
                source = reported;
            }
            var speaker = source?.Name
                ?? (full ? Continued(context, sentence.Index, previous) : null)
                ?? "";
            quotes.Add(new Quote(speaker, quoted, p.Start, p.End, sentence.Index));
            if (speaker.Length > 0) previous = (speaker, sentence.Paragraph);
        }
        context.Quotes = quotes;
    }

    // The lead patterns end at the opening mark ("$") and are short (a reporting verb and up to four words, a
    // determiner), so they read the last LeadWindow characters of the lead, cut at a space, not the whole lead:
    // reading it whole for every quoted passage was quadratic in a long paragraph of many quotes.
    private const int LeadWindow = 200;

    private static bool EndsLead(Pattern pattern, string text, int sentenceStart, int open) =>
        pattern.MatchBefore(text, open, LeadWindow, sentenceStart, atSpace: true).Success;

    /// <summary>The end offset of each paragraph (its last sentence's end), ascending.</summary>
    internal static List<int> ParagraphEnds(Analysis.Text.Document doc)
    {
        var ends = new List<int>();
        for (var i = 0; i < doc.Sentences.Count; i++)
            if (i + 1 == doc.Sentences.Count || doc.Sentences[i + 1].Paragraph != doc.Sentences[i].Paragraph)
                ends.Add(doc.Sentences[i].End);
        return ends;
    }

    // A fragment that completes a clause of reported speech ("He added that up to 2,000 more could follow “in the
    // coming weeks.”") or its predicate after a modal ("said the deployment would “provide vital reassurance” to
    // allies") is the source's own words: a cue of the sentence ("X said/added/warned that", "according to X")
    // stands before it, it is the first quoted passage after that cue (a quoted title aside), and nothing but closing
    // punctuation follows it unless a modal leads it.
    // Fragments inside the writer's sentence ("has “some concrete ideas” to discuss") and quoted terms after a
    // determiner or a naming verb ("an “off-ramp …”", "dubbed ‘Al-Aqsa Flood’") stay highlighted terms.
    private Source? ReportedClauseSource(AnalysisContext context, Analysis.Text.Sentence sentence, QuotedPassage p, QuotedPassage? before, int open)
    {
        var text = context.Document.Text;
        if (EndsLead(_termBefore, text, sentence.Start, open)) return null;
        var restStart = Math.Min(p.Close >= 0 ? p.Close + 1 : p.End, sentence.End);
        if (!_sentenceRest.Match(text, restStart, Math.Max(restStart, sentence.End) - restStart).Success && !EndsLead(_predicateLead, text, sentence.Start, open))
            return null;
        if (Governing(context, sentence, p.Open) is not { } governing) return null;
        // A title quoted in between ("told CNN's “State of the Union” that …") does not take the cue's place.
        if (before is not null && before.Open >= governing.Cue.CueEnd && !HeadlineSplitter.IsTitle(text.AsSpan(before.Start, before.End - before.Start))) return null;
        return governing.Source;
    }

    // The last verb cue of the sentence with a source that ends before the opening mark ("X said that …"); of cues
    // ending at the same verb, the one with the longest subject ("The spokesman, reacting to press reports, said").
    private ResolvedCue? Governing(AnalysisContext context, Analysis.Text.Sentence sentence, int open)
    {
        ResolvedCue? governing = null;
        foreach (var c in _attribution.CuesOf(context, sentence.Index))
            if (c.Source is not null && c.Cue.Kind == CueKind.Verb && c.Cue.CueEnd <= open
                && (governing is null || c.Cue.CueEnd > governing.Cue.CueEnd || c.Cue.CueStart < governing.Cue.CueStart && c.Cue.CueEnd == governing.Cue.CueEnd))
                governing = c;
        return governing;
    }

    // The cue that starts right after the closing mark ("…,” Kirby said", "…,” said Biden").
    private Source? Trailing(AnalysisContext context, QuotedPassage p)
    {
        if (p.Close < 0) return null;
        var index = context.Document.SentenceIndexAt(p.Close);
        var gap = TitleGap.Local.Match(context.Document.Text, p.Close + 1);
        var gapEnd = gap.Index + gap.Length;
        foreach (var cue in _attribution.CuesOf(context, index))
            if (cue.Source is not null && cue.Cue.CueStart >= p.Close && cue.Cue.CueStart <= gapEnd) return cue.Source;
        return null;
    }

    // An unattributed quotation continues the speaker of the sentence before it, or of the previous quotation,
    // when they are in the same or the previous paragraph.
    private string? Continued(AnalysisContext context, int sentence, (string Speaker, int Paragraph)? previous)
    {
        var doc = context.Document;
        var paragraph = doc.Sentences[sentence].Paragraph;
        if (sentence > 0 && doc.Sentences[sentence - 1].Paragraph >= paragraph - 1)
        {
            var cues = _attribution.CuesOf(context, sentence - 1);
            for (var i = cues.Count - 1; i >= 0; i--)
                if (cues[i].Source is { } s) return s.Name;
        }
        return previous is { } prev && prev.Paragraph >= paragraph - 1 ? prev.Speaker : null;
    }
}
