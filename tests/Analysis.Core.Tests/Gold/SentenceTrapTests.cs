namespace Analysis.Core.Tests.Gold;

/// <summary>The gold "sentence traps": sentences the segmenter must keep whole.</summary>
public sealed class SentenceTrapTests
{
    [Theory]
    [MemberData(nameof(GoldSet.Ids), MemberType = typeof(GoldSet))]
    public void Trap_sentences_are_single_sentences(string id)
    {
        var c = GoldSet.All.Single(x => x.Article.Id == id);
        var doc = Analysis.Text.Segmenter.Default.Segment(c.Article);
        foreach (var trap in c.Gold.SentenceTraps ?? [])
        {
            var (start, end) = c.Span(trap);
            Assert.Contains(doc.Sentences, s => s.Start == start && s.End == end);
        }
    }

    [Theory]
    [MemberData(nameof(GoldSet.Ids), MemberType = typeof(GoldSet))]
    public void Seeds_load_with_their_manifest_dates(string id)
    {
        var c = GoldSet.All.Single(x => x.Article.Id == id);
        Assert.Equal(c.Gold.Published, c.Article.Published?.ToString("yyyy-MM-dd"));
    }
}
