using System.Globalization;
using SortKey = Analysis.Frames.SortKey;
using Analysis.Charts;
using Analysis.Frames;

namespace Analysis.Views;

/// <summary>
/// How deployment statements shift over time: "no plans to put boots on the ground" → "on standby"
/// → "we are sending additional personnel".
/// </summary>
public static class StatementViews
{
    /// <summary>The stances in narrative order, each with its colour.</summary>
    public static IReadOnlyList<(string Stance, string Color)> Stances { get; } =
    [
        ("deny", "#4477AA"),
        ("ready", "#CCBB44"),
        ("deploy", "#EE6677"),
        ("present", "#228833"),
        ("withdraw", "#AA3377"),
    ];

    /// <summary>Label used for statements made in the article's own voice (no speaker).</summary>
    public const string OwnVoice = "(article's own voice)";

    /// <summary>
    /// Statements with their article's date and outlet and an <c>event_date</c> (the first day of the
    /// statement's date, which may be a day, month, year or span), in date order.
    /// </summary>
    public static DataFrame DeploymentStatements(this Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Statements
            .Join(corpus.Articles.Select("article_id", "published", "outlet"), "article_id", JoinKind.Left)
            .WithColumn<DateOnly?>("event_date", r => EventDate(r.Get<string>("date")))
            .WithColumn<string>("speaker", r => r.Get<string>("speaker") is { Length: > 0 } s ? s : OwnVoice)
            .SortBy(SortKey.Asc("event_date"), SortKey.Asc("article_id"), SortKey.Asc("start"))
            .Select("event_date", "published", "outlet", "article_id", "stance", "actor", "force", "speaker", "date", "date_text", "text");
    }

    /// <summary>The first day of an ISO statement date: YYYY-MM-DD, YYYY-MM, YYYY, or START/END.</summary>
    public static DateOnly? EventDate(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso)) return null;
        var first = iso.Split('/')[0];
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact(first, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>
    /// A stance timeline: one row per stance (deny → withdraw), a marker per statement at its event
    /// date coloured by stance; hover shows the speaker, actor, force and the sentence.
    /// </summary>
    public static Chart StanceTimeline(this Corpus corpus)
    {
        var statements = corpus.DeploymentStatements().DropMissing("event_date")
            .WithColumn<long>("order", r => StanceOrder(r.Get<string>("stance")))
            .SortBy(SortKey.Asc("order"), SortKey.Asc("event_date"));
        var rows = statements.Rows.ToArray();
        // Markers only: labels would pile up where many statements share a date; hover carries the details.
        return Chart.Timeline(
                rows.Select(r => r.Get<DateOnly>("event_date")),
                rows.Select(r => r.Get<string>("stance") ?? ""),
                labels: null,
                hover: rows.Select(r => (string?)System.Net.WebUtility.HtmlEncode(
                    $"{r.Get<string>("speaker")} · {r.Get<string>("actor")} {r.Get<string>("force")}: {r.Get<string>("text")}")))
            .ColorByStance()
            .WithTitle("Deployment statements over time")
            .WithXAxisTitle("event date");
    }

    /// <summary>Statements per month and stance: <c>month, stance, statements</c>.</summary>
    public static DataFrame StanceCountsByMonth(this Corpus corpus) =>
        corpus.DeploymentStatements().DropMissing("event_date")
            .BucketDates("event_date", DateBucket.Month, "month")
            .WithColumn<string>("month", r => r.Get<DateOnly>("month").ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .GroupBy("month", "stance").Count("statements")
            .WithColumn<long>("order", r => StanceOrder(r.Get<string>("stance")))
            .SortBy(SortKey.Asc("order"), SortKey.Asc("month"))
            .Drop("order");

    /// <summary>Stacked bars of statements per month, one colour per stance.</summary>
    public static Chart StanceCountsByMonthChart(this Corpus corpus) =>
        corpus.StanceCountsByMonth().ToStackedBarChart("month", "statements", "stance")
            .ColorByStance()
            .WithXAxis(a => a with { Type = AxisType.Category, CategoryOrder = "category ascending" })
            .WithTitle("Statements per month by stance");

    /// <summary>Statements per speaker and stance: <c>speaker, stance, statements</c>, busiest speakers first.</summary>
    public static DataFrame StatementsBySpeaker(this Corpus corpus)
    {
        var statements = corpus.DeploymentStatements();
        var totals = statements.GroupBy("speaker").Count("total");
        return statements.GroupBy("speaker", "stance").Count("statements")
            .Join(totals, "speaker")
            .WithColumn<long>("order", r => StanceOrder(r.Get<string>("stance")))
            .SortBy(SortKey.Desc("total"), SortKey.Asc("speaker"), SortKey.Asc("order"))
            .Drop("order", "total");
    }

    /// <summary>Stacked bars of statements per speaker, one colour per stance.</summary>
    public static Chart StatementsBySpeakerChart(this Corpus corpus) =>
        corpus.StatementsBySpeaker().ToStackedBarChart("speaker", "statements", "stance")
            .ColorByStance()
            .WithTitle("Who says what about deployments");

    private static long StanceOrder(string? stance)
    {
        for (var i = 0; i < Stances.Count; i++) if (Stances[i].Stance == stance) return i;
        return Stances.Count;
    }

    // Colours follow the stance, not the trace order, so "deploy" is the same red in every chart.
    private static Chart ColorByStance(this Chart chart) =>
        chart.WithTraces(t => Stances.FirstOrDefault(s => s.Stance == t.Name) is { Color: { } color }
            ? t.MapMarker(m => m with { Color = color })
            : t);
}
