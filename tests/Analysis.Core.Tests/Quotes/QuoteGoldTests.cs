using Analysis.Core.Tests.Gold;

namespace Analysis.Core.Tests.Quotes;

/// <summary>The seeds' gold quotes, scored as score.py does: each gold evidence overlaps a quote with the right speaker, and no quote overlaps no gold quote.</summary>
public sealed class QuoteGoldTests
{
    [Theory]
    [MemberData(nameof(GoldSet.Ids), MemberType = typeof(GoldSet))]
    public void Every_gold_quote_is_found_with_its_speaker(string id)
    {
        var c = GoldSet.Get(id[..3]);
        foreach (var gold in c.Gold.Quotes)
        {
            var span = c.Span(gold.Evidence);
            var hit = c.Result.Quotes.FirstOrDefault(q => GoldCase.Overlaps(span, q.Start, q.End));
            Assert.True(hit is not null, $"{id}: missed quote {gold.Evidence}");
            Assert.True(SameSpeaker(hit.Speaker, gold.Speaker), $"{id}: quote '{gold.Evidence}' speaker '{hit.Speaker}', gold '{gold.Speaker}'");
        }
    }

    [Theory]
    [MemberData(nameof(GoldSet.Ids), MemberType = typeof(GoldSet))]
    public void No_quote_overlaps_no_gold_quote(string id)
    {
        var c = GoldSet.Get(id[..3]);
        var spans = c.Gold.Quotes.Select(q => c.Span(q.Evidence)).ToArray();
        var extra = c.Result.Quotes.Where(q => !spans.Any(s => GoldCase.Overlaps(s, q.Start, q.End))).Select(q => q.Text).ToArray();
        Assert.Empty(extra);
    }

    // score.py: exact name, or "official(s)" on both sides for unnamed sources.
    private static bool SameSpeaker(string predicted, string gold) =>
        predicted == gold || (predicted.Contains("official", StringComparison.OrdinalIgnoreCase) && gold.Contains("official", StringComparison.OrdinalIgnoreCase));
}
