using Analysis.Core.Tests.Gold;
using Analysis.Extraction;
using Analysis.Extraction.Attribution;
using Analysis.Extraction.People;
using Analysis.Extraction.Quotes;
using Analysis.Text;

namespace Analysis.Core.Tests.Attribution;

/// <summary>The seeds' gold statement speakers and figure sources, as the attribution finder sees them.</summary>
public sealed class AttributionGoldTests
{
    public static TheoryData<string, string, string> Statements()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in GoldSet.All)
            foreach (var s in c.Gold.Statements)
                data.Add(c.Article.Id, s.Evidence, s.Speaker ?? "");
        return data;
    }

    public static TheoryData<string, string, string> Figures()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in GoldSet.All)
            foreach (var f in c.Gold.Figures)
                if (!string.IsNullOrEmpty(f.Source)) data.Add(c.Article.Id, f.Evidence, f.Source);
        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_speakers_match_the_gold(string id, string evidence, string speaker) => Assert.Equal(speaker, SourceOf(id, evidence));

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figure_sources_match_the_gold(string id, string evidence, string source) => Assert.Equal(source, SourceOf(id, evidence));

    private static string SourceOf(string id, string evidence)
    {
        var c = GoldSet.All.Single(g => g.Article.Id == id);
        var context = new AnalysisContext(Segmenter.Default.Segment(c.Article));
        new PeopleStep().Run(context);
        new QuoteStep().Run(context);
        var (start, end) = c.Span(evidence);
        return AttributionFinder.Default.Find(context, start, end)?.Name ?? "";
    }
}
