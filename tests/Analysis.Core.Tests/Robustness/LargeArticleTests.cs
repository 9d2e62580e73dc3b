using System.Text;
using Analysis.Articles;
using Analysis.Core.Tests.Articles;
using Analysis.Text;

namespace Analysis.Core.Tests.Robustness;

/// <summary>
/// A 50 MB article on a single line loads and segments in linear time, and every sentence of each
/// repeated block is found. (Full extraction of such an article is measured, not run here: see the report.)
/// </summary>
public sealed class LargeArticleTests
{
    [Fact]
    public void A_50_MB_single_line_article_loads_and_segments_completely()
    {
        var seeds = Directory.GetFiles(Path.Combine(Gold.GoldSet.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
        var unit = string.Join(' ', seeds.Select(s => s.Replace('\n', ' ').Trim())) + " ";
        var unitSentences = Segmenter.Default.Segment(new Article("u", unit)).Sentences.Count;
        var repeats = 50_000_000 / Encoding.UTF8.GetByteCount(unit) + 1;
        var text = new StringBuilder(unit.Length * repeats).Insert(0, unit, repeats).ToString();

        using var dir = new TempFolder();
        dir.Write("big.txt", text);
        Assert.True(new FileInfo(Path.Combine(dir.Path, "big.txt")).Length >= 50_000_000);
        var article = Assert.Single(ArticleSource.Articles(dir.Path));
        Assert.Equal(text.Length, article.Text.Length);

        var doc = Segmenter.Default.Segment(article);
        Assert.Equal(unitSentences * repeats, doc.Sentences.Count);
        Assert.Equal(doc.Sentences[unitSentences - 1].End - doc.Sentences[0].Start + 1, doc.Sentences[unitSentences].Start - doc.Sentences[0].Start);
        Assert.True(doc.Sentences[^1].End <= article.Text.Length);
    }
}
