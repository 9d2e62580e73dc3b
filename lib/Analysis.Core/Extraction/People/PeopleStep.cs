namespace Analysis.Extraction.People;

/// <summary>
/// Pipeline step that fills <see cref="AnalysisContext.Mentions"/>: finds capitalised name candidates, keeps the
/// people (<see cref="PersonClassifier"/>), resolves each to a canonical full name within the article and the
/// known-people list, and adds title references ("the president") resolved to a person. Stateless and thread-safe.
/// </summary>
public sealed class PeopleStep : IPipelineStep
{
    private readonly NameCandidateFinder _finder = new();
    private readonly PersonClassifier _classifier = new();
    private readonly TitleReferenceFinder _titles = new();

    /// <inheritdoc />
    public void Run(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var candidates = _finder.Find(context.Document);
        var published = context.Document.Article.Published;
        var resolver = new NameResolver(published);
        var fullNames = new bool[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
            if (fullNames[i] = _classifier.IsFullName(candidates[i])) resolver.AddFullName(candidates[i].Name);
        // A surname after an honorific ("Lord Brabazon", "Mr. Smith") names the person when it stands alone later too.
        var surnames = new HashSet<string>(resolver.Surnames(), StringComparer.OrdinalIgnoreCase);
        foreach (var c in candidates)
            if (c.WordCount == 1 && c.HasHonorific) surnames.Add(c.Name);
        var names = new List<(Mention Mention, string Title)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!fullNames[i] && !_classifier.IsSurname(c, surnames, published)) continue;
            names.Add((new Mention(resolver.Resolve(c.Name), c.Name, MentionKind.Name, c.Start, c.End, c.Sentence), c.Title));
        }
        var mentions = names.Select(n => n.Mention).ToList();
        mentions.AddRange(_titles.Find(context, names));
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        context.Mentions = mentions;
    }
}
