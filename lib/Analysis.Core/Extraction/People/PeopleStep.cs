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
        foreach (var c in candidates)
            if (_classifier.IsFullName(c)) resolver.AddFullName(c.Name);
        var surnames = resolver.Surnames();
        var names = new List<(Mention Mention, string Title)>();
        foreach (var c in candidates)
        {
            if (!_classifier.IsFullName(c) && !_classifier.IsSurname(c, surnames, published)) continue;
            names.Add((new Mention(resolver.Resolve(c.Name), c.Name, MentionKind.Name, c.Start, c.End, c.Sentence), c.Title));
        }
        var mentions = names.Select(n => n.Mention).ToList();
        mentions.AddRange(_titles.Find(context.Document, names));
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        context.Mentions = mentions;
    }
}
