using Analysis.Charts;
using Analysis.Frames;

namespace Analysis.Views;

/// <summary>Who is mentioned, how often and where: tables and charts over <see cref="Corpus.Mentions"/>.</summary>
public static class PeopleViews
{
    /// <summary>Name mentions only (title references such as "the president" are left out).</summary>
    public static DataFrame NameMentions(this Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Mentions.Filter<string>("kind", k => k == "name");
    }

    /// <summary>One row per person: <c>person, mentions, articles</c>, most mentioned first.</summary>
    public static DataFrame MentionCounts(this Corpus corpus) =>
        corpus.NameMentions()
            .GroupBy("person")
            .Aggregate(Aggregation.Count().As("mentions"), Aggregation.CountDistinct("article_id").As("articles"))
            .SortBy(SortKey.Desc("mentions"), SortKey.Asc("person"));

    /// <summary>Mentions per person and outlet: <c>person, outlet, mentions</c>.</summary>
    public static DataFrame MentionsByOutlet(this Corpus corpus) =>
        corpus.NameMentions()
            .Join(corpus.Articles.Select("article_id", "outlet"), "article_id", JoinKind.Left)
            .WithColumn<string>("outlet", r => r.Get<string>("outlet") ?? "(unknown outlet)")
            .GroupBy("person", "outlet").Count("mentions")
            .SortBy(SortKey.Asc("person"), SortKey.Asc("outlet"));

    /// <summary>Mentions per person and article: <c>person, article_id, mentions</c>.</summary>
    public static DataFrame MentionsByArticle(this Corpus corpus) =>
        corpus.NameMentions().GroupBy("person", "article_id").Count("mentions").SortBy(SortKey.Asc("article_id"), SortKey.Asc("person"));

    /// <summary>Every mention with the sentence it stands in (when the corpus has its text).</summary>
    public static DataFrame MentionsInContext(this Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var mentions = corpus.Mentions.Select("article_id", "person", "surface", "kind", "sentence");
        return corpus.Sentences.RowCount == 0
            ? mentions
            : mentions.Join(corpus.Sentences.Select("article_id", "sentence", "sentence_text"), ["article_id", "sentence"], JoinKind.Left);
    }

    /// <summary>Horizontal bars of the <paramref name="top"/> most mentioned people.</summary>
    public static Chart MentionChart(this Corpus corpus, int top = 20)
    {
        var counts = corpus.MentionCounts().Head(top);
        return Chart.HorizontalBar(counts["person"].As<string>().Values, counts["mentions"].As<long>().Values, "mentions")
            .WithYAxisReversed()
            .WithTitle("Who is mentioned")
            .WithXAxisTitle("name mentions")
            .WithHeight(ViewSizes.RowsHeight(counts.RowCount));
    }

    /// <summary>Grouped bars: mentions per person, one colour per outlet.</summary>
    public static Chart MentionsByOutletChart(this Corpus corpus, int top = 15) =>
        corpus.MentionsByOutlet().Filter<string>("person", InTop(corpus, top))
            .ToBarChart("person", "mentions", "outlet")
            .WithTitle("Mentions by outlet");

    /// <summary>Grouped bars: mentions per person, one colour per article.</summary>
    public static Chart MentionsByArticleChart(this Corpus corpus, int top = 15) =>
        corpus.MentionsByArticle().Filter<string>("person", InTop(corpus, top))
            .ToBarChart("person", "mentions", "article_id")
            .WithTitle("Mentions by article");

    /// <summary>A person × article heatmap of mention counts (most mentioned people on top).</summary>
    public static Chart PersonArticleHeatmap(this Corpus corpus, int top = 25)
    {
        var people = TopPeople(corpus, top);
        var order = people.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var cells = corpus.MentionsByArticle().Filter<string>("person", p => p is not null && people.Contains(p))
            .WithColumn<long>("rank", r => order[r.Get<string>("person")!])
            .SortBy(SortKey.Asc("rank"), SortKey.Asc("article_id"));
        return cells.ToHeatmap("person", "article_id", "mentions")
            .WithYAxisReversed()
            .WithTitle("Mentions per person and article")
            .WithHeight(ViewSizes.RowsHeight(people.Count));
    }

    private static Func<string?, bool> InTop(Corpus corpus, int top)
    {
        var people = TopPeople(corpus, top);
        return p => p is not null && people.Contains(p);
    }

    private static HashSet<string> TopPeople(Corpus corpus, int top) =>
        corpus.MentionCounts().Head(top)["person"].As<string>().Values.OfType<string>().ToHashSet(StringComparer.Ordinal);
}
