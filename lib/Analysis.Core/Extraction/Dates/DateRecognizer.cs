using Analysis.Text;

namespace Analysis.Extraction.Dates;

/// <summary>
/// Finds and resolves the temporal expressions of a document: absolute dates ("Sept. 18, 2024"), months and
/// years with a preposition or part ("in mid-October", "in late 2014"), weekdays ("on Tuesday"), relative days,
/// weeks, weekends, months and years ("yesterday", "late last week", "over the weekend", "last year"),
/// "three days ago" and "a year later". Stateless and thread-safe.
/// </summary>
public sealed class DateRecognizer
{
    private DateRecognizer() { }

    /// <summary>The shared recognizer (rules from <c>Rules/dates/</c>).</summary>
    public static DateRecognizer Default { get; } = new();

    /// <summary>The resolved temporal expressions of <paramref name="document"/>, in text order.</summary>
    public IReadOnlyList<TemporalExpression> Recognize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var published = document.Article.Published;
        var result = new List<TemporalExpression>();
        ResolvedDate? previous = null;
        foreach (var sentence in document.Sentences)
        {
            var text = document.TextOf(sentence);
            foreach (var c in DateCandidateFinder.Default.Find(text, sentence.Start))
            {
                var future = FutureClause.IsFuture(text, c.Start - sentence.Start, c.End - sentence.Start);
                if (DateResolver.Resolve(c, published, future, previous) is not { } resolved) continue;
                result.Add(new TemporalExpression(c.Match.Value, resolved.Value, resolved.Granularity, c.Start, c.End, sentence.Index));
                previous = resolved;
            }
        }
        return result;
    }
}
