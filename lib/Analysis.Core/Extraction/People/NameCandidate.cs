namespace Analysis.Extraction.People;

/// <summary>A capitalised run that may be a person's name, with the cues around it.</summary>
/// <param name="Name">The name words as written, titles stripped ("Lloyd Austin" from "Defense Secretary Lloyd Austin").</param>
/// <param name="Start">Offset of the name (after any title).</param>
/// <param name="End">Offset just past the name (before any possessive).</param>
/// <param name="Sentence">Index of the sentence holding it.</param>
/// <param name="Title">Title words before the name, lower-cased ("defense secretary"), or empty.</param>
internal sealed record NameCandidate(string Name, int Start, int End, int Sentence, string Title)
{
    /// <summary>Number of words in <see cref="Name"/>.</summary>
    public int WordCount { get; init; }

    /// <summary>A title only a person bears stands before it ("Defense Secretary", "Maj.-Gen.", "spokesman").</summary>
    public bool HasPersonTitle { get; init; }

    /// <summary>An honorific as written stands right before it ("Mr. Smith", "Ms Okafor"; not "MS Net").</summary>
    public bool HasHonorific { get; init; }

    /// <summary>It opens its sentence, where every word is capitalised ("Price rises …", "Gallant efforts …").</summary>
    public bool IsSentenceInitial { get; init; }

    /// <summary>The cues in the words around it, read when first asked for.</summary>
    public required NameCues Cues { get; init; }

    /// <inheritdoc cref="NameCues.HasVerb"/>
    public bool HasVerb => Cues.HasVerb;

    /// <inheritdoc cref="NameCues.IsAttributive"/>
    public bool IsAttributive => Cues.IsAttributive;

    /// <inheritdoc cref="NameCues.HasPersonAppositive"/>
    public bool HasPersonAppositive => Cues.HasPersonAppositive;

    /// <inheritdoc cref="NameCues.IsAppositiveOfRole"/>
    public bool IsAppositiveOfRole => Cues.IsAppositiveOfRole;

    /// <inheritdoc cref="NameCues.HasPredicateAfter"/>
    public bool HasPredicateAfter => Cues.HasPredicateAfter;
}
