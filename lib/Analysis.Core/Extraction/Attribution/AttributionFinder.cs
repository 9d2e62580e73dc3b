using System.Runtime.CompilerServices;
using Analysis.Lexicons;

namespace Analysis.Extraction.Attribution;

/// <summary>
/// Finds whom a span's content is attributed to: the speaker of the quotation holding it; else the nearest
/// attribution cue of its sentence ("X said", "said X", "X told reporters", "X stressed that:",
/// "according to (a statement by) X", "documents seen by X", "X reported that"; "he said" resolves to
/// the most recent compatible speaker); else a following "That’s according to X"; else, in a transcript,
/// the turn's speaker. Null when the text states it in its own voice. Thread-safe; per-article work is
/// cached on the context.
/// </summary>
public sealed class AttributionFinder
{
    private readonly CueFinder _cues = new();
    private readonly SourceNamer _namer = new();
    private readonly SpeakerLabels _labels = new();
    private readonly Pattern _singular = PatternLibrary.Load("attribution/patterns.yaml").Pattern("singularSource");
    private readonly ConditionalWeakTable<AnalysisContext, DocumentAttribution> _cache = new();

    /// <summary>The shared finder (rules loaded once).</summary>
    public static AttributionFinder Default { get; } = new();

    /// <summary>
    /// The source the content of [<paramref name="start"/>, <paramref name="end"/>) is attributed to, or null.
    /// For a quotation's speaker the source's offsets are the quotation's; for a transcript turn, the label's.
    /// </summary>
    public Source? Find(AnalysisContext context, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (start < 0 || end < start || end > context.Document.Text.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"Span [{start},{end}) is outside the article text.");
        foreach (var q in context.Quotes)
            if (q.Start <= start && end <= q.End && q.Speaker.Length > 0)
                return new Source(q.Speaker, KindOf(context, q.Speaker), q.Start, q.End);
        var doc = context.Document;
        if (doc.Sentences.Count == 0) return null;
        var analysis = AnalysisOf(context);
        var index = doc.SentenceIndexAt(start);
        var sentenceStart = doc.Sentences[index].Start;
        if (Nearest(analysis.CuesOf(index), start, end, sentenceStart) is { } own) return own;
        if (index + 1 < doc.Sentences.Count && FromNextSentence(doc, analysis, index) is { } next) return next;
        return FromTurn(context, index);
    }

    // A sentence with no cue of its own is attributed by the next sentence of its paragraph when that one points
    // back ("That’s according to X") or closes with "according to X" / "a statement by X", which news style uses
    // to source the whole passage.
    private static Source? FromNextSentence(Text.Document doc, DocumentAttribution analysis, int index)
    {
        if (analysis.CuesOf(index).Count > 0) return null;
        var next = doc.Sentences[index + 1];
        if (next.Paragraph != doc.Sentences[index].Paragraph && !analysis.IsBackReference(index + 1)) return null;
        foreach (var c in analysis.CuesOf(index + 1))
        {
            var closing = c.Cue.SourceEnd == c.Cue.CueEnd
                && doc.Text.AsSpan(c.Cue.SourceEnd, next.End - c.Cue.SourceEnd).Trim().Length <= 1;
            if (c.Source is not null && c.Cue.SourceStart > c.Cue.CueStart && (closing || analysis.IsBackReference(index + 1))) return c.Source;
        }
        return null;
    }

    /// <summary>The speaker of the transcript turn holding the sentence, or null.</summary>
    private Source? FromTurn(AnalysisContext context, int sentence)
    {
        if (context.Document.Sentences[sentence].Turn is not { } turn) return null;
        var name = _labels.Resolve(turn.Label, context.Mentions, context.Document.Article.Published);
        return name is null ? null : new Source(name, SourceKind.Person, turn.LabelStart, turn.LabelEnd);
    }

    /// <summary>The canonical speaker of a transcript turn label ("GEN. RYDER" → "Patrick Ryder"), or null for "Q", "MODERATOR".</summary>
    public string? SpeakerOfLabel(AnalysisContext context, string label)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(label);
        return _labels.Resolve(label, context.Mentions, context.Document.Article.Published);
    }

    // The cue closest to the span; an opening "According to X," governs its whole sentence.
    /// <summary>The resolved attribution cues of one sentence (for the quotes step).</summary>
    internal IReadOnlyList<ResolvedCue> CuesOf(AnalysisContext context, int sentence) => AnalysisOf(context).CuesOf(sentence);

    private static Source? Nearest(IReadOnlyList<ResolvedCue> cues, int start, int end, int sentenceStart)
    {
        Source? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in cues)
        {
            if (c.Source is null) continue;
            if (c.Cue.CueStart == sentenceStart && c.Cue.SourceStart > c.Cue.CueStart && c.Cue.Kind == CueKind.Verb
                && c.Cue.CueEnd == c.Cue.SourceEnd) return c.Source;
            var distance = c.Cue.CueEnd <= start ? start - c.Cue.CueEnd : c.Cue.CueStart >= end ? c.Cue.CueStart - end : 0;
            if (distance < bestDistance) (best, bestDistance) = (c.Source, distance);
        }
        return best;
    }

    // The table is thread-safe and a context is one article's, analysed by one thread, so the analysis is built
    // outside any lock: a lock around it made parallel extraction take turns on every article.
    private DocumentAttribution AnalysisOf(AnalysisContext context)
    {
        if (_cache.TryGetValue(context, out var cached) && ReferenceEquals(cached.Mentions, context.Mentions)) return cached;
        var fresh = new DocumentAttribution(context, _cues, _namer, _singular);
        _cache.AddOrUpdate(context, fresh);
        return fresh;
    }

    private static SourceKind KindOf(AnalysisContext context, string speaker)
    {
        foreach (var m in context.Mentions)
            if (m.Person == speaker) return SourceKind.Person;
        return SourceKind.Group;
    }
}
