namespace Analysis.Extraction.Attribution;

/// <summary>How a cue attributes text.</summary>
internal enum CueKind
{
    /// <summary>"Kirby said", "said Biden", "according to X", "documents seen by X".</summary>
    Verb,
    /// <summary>The subject of a sentence that introduces a quotation after a colon.</summary>
    Colon,
}

/// <summary>A phrase in a sentence that names the source of the sentence's content.</summary>
/// <param name="SourceStart">Start of the source phrase.</param>
/// <param name="SourceEnd">End of the source phrase.</param>
/// <param name="CueStart">Start of the whole cue (subject and verb, or "according to …").</param>
/// <param name="CueEnd">End of the whole cue.</param>
/// <param name="Form">Which alternative of the source phrase matched: pronoun, group or name.</param>
internal sealed record AttributionCue(int SourceStart, int SourceEnd, int CueStart, int CueEnd, SourceForm Form, CueKind Kind);

/// <summary>The grammatical form of a source phrase.</summary>
internal enum SourceForm
{
    /// <summary>he, she, they; it, before its verb.</summary>
    Pronoun,
    /// <summary>A group, office, outlet or title description.</summary>
    Group,
    /// <summary>A capitalised name.</summary>
    Name,
}
