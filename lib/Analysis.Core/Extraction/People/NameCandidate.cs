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

    /// <summary>A reporting verb stands right after or before it ("Kirby said", "said Biden").</summary>
    public bool HasVerb { get; init; }

    /// <summary>Used possessively or attributively ("Biden’s", "the Biden administration").</summary>
    public bool IsAttributive { get; init; }

    /// <summary>An appositive describing a person follows it ("Maria Gonzalez, a nurse in Khan Younis").</summary>
    public bool HasPersonAppositive { get; init; }

    /// <summary>It opens its sentence, where every word is capitalised ("Price rises …", "Gallant efforts …").</summary>
    public bool IsSentenceInitial { get; init; }

    /// <summary>A verb or auxiliary follows it ("Putin has shown"): the subject of a clause.</summary>
    public bool HasPredicateAfter { get; init; }
}
