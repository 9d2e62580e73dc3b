using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Extraction.Attribution;

/// <summary>
/// Finds attribution cues in one sentence with the named patterns of <c>Rules/attribution/patterns.yaml</c>:
/// subject + reporting verb, reporting verb + subject after a quotation, "according to X", "seen by X",
/// and the subject of a sentence that introduces a quotation after a colon. Cues inside quotation marks
/// are ignored: they belong to the quoted speaker's words, not to the article's attribution.
/// </summary>
internal sealed class CueFinder
{
    private readonly Regex[] _verbCues;
    private readonly Regex _colon;
    private readonly Regex _backReference;

    public CueFinder()
    {
        var p = PatternLibrary.Load("attribution/patterns.yaml");
        _verbCues = [p.Regex("subjectVerb"), p.Regex("verbSubject"), p.Regex("accordingTo"), p.Regex("byPhrase")];
        _colon = p.Regex("colonSubject");
        _backReference = p.Regex("backReference");
    }

    /// <summary>The cues of the sentence text <paramref name="text"/> starting at <paramref name="offset"/>, in text order.</summary>
    public List<AttributionCue> Find(string text, int offset, QuotedRanges quoted)
    {
        var cues = new List<AttributionCue>();
        foreach (var regex in _verbCues)
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
                Add(cues, m, offset, quoted, CueKind.Verb);
        if (cues.Count == 0)
        {
            var m = _colon.Match(text);
            if (m.Success) Add(cues, m, offset, quoted, CueKind.Colon);
        }
        cues.Sort((a, b) => a.CueStart.CompareTo(b.CueStart));
        return cues;
    }

    /// <summary>True when the sentence only points back at the one before ("That’s according to …").</summary>
    public bool IsBackReference(string text) => _backReference.IsMatch(text);

    private static void Add(List<AttributionCue> cues, Match m, int offset, QuotedRanges quoted, CueKind kind)
    {
        var (group, form) = m.Groups["pro"].Success ? (m.Groups["pro"], SourceForm.Pronoun)
            : m.Groups["grp"].Success ? (m.Groups["grp"], SourceForm.Group)
            : (m.Groups["nam"], SourceForm.Name);
        if (!group.Success || quoted.Contains(offset + group.Index)) return;
        var cue = new AttributionCue(offset + group.Index, offset + group.Index + group.Length,
            offset + m.Index, offset + m.Index + m.Length, form, kind);
        foreach (var c in cues)
            if (c.SourceStart < cue.SourceEnd && cue.SourceStart < c.SourceEnd) return; // one cue per source phrase
        cues.Add(cue);
    }
}
