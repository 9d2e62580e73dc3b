using System.Text.Json;
using Analysis.Frames;

namespace Analysis.Views.Tests;

public sealed class PeopleViewsTests
{
    private static readonly Corpus Seeds = SeedCorpus.Value;

    [Theory]
    [InlineData("Joe Biden", 7, 3)]
    [InlineData("John Kirby", 7, 2)]
    [InlineData("Sabrina Singh", 3, 1)]
    [InlineData("Lloyd Austin", 3, 2)]
    [InlineData("Herzi Halevi", 1, 1)]
    public void Mention_counts_sum_name_mentions_per_person(string person, long mentions, long articles)
    {
        var row = Seeds.MentionCounts().Rows.Single(r => r.Get<string>("person") == person);
        Assert.Equal(mentions, row.Get<long>("mentions"));
        Assert.Equal(articles, row.Get<long>("articles"));
    }

    [Fact]
    public void Mention_counts_are_sorted_most_mentioned_first_then_by_name()
    {
        var counts = Seeds.MentionCounts();
        var keys = counts.Rows.Select(r => (-r.Get<long>("mentions"), r.Get<string>("person"))).ToList();
        Assert.Equal(keys.OrderBy(k => k.Item1).ThenBy(k => k.Item2, StringComparer.Ordinal), keys);
        Assert.DoesNotContain("title", Seeds.NameMentions()["kind"].As<string>().Values);
    }

    [Fact]
    public void Mention_chart_has_one_bar_per_person()
    {
        using var json = JsonDocument.Parse(Seeds.MentionChart().ToJson());
        var bars = json.RootElement.GetProperty("data")[0];
        Assert.Equal(Seeds.MentionCounts().RowCount, bars.GetProperty("y").GetArrayLength());
        Assert.Equal("Joe Biden", bars.GetProperty("y")[0].GetString());
    }

    [Fact]
    public void Outlet_chart_has_one_trace_per_outlet()
    {
        using var json = JsonDocument.Parse(Seeds.MentionsByOutletChart().ToJson());
        var names = json.RootElement.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToHashSet();
        Assert.Equal(Seeds.Articles["outlet"].As<string>().Values.OfType<string>().ToHashSet(), names);
    }

    [Fact]
    public void Heatmap_cells_hold_the_mention_counts()
    {
        using var json = JsonDocument.Parse(Seeds.PersonArticleHeatmap().ToJson());
        var trace = json.RootElement.GetProperty("data")[0];
        var total = trace.GetProperty("z").EnumerateArray().SelectMany(r => r.EnumerateArray())
            .Where(v => v.ValueKind == JsonValueKind.Number).Sum(v => v.GetDouble());
        Assert.Equal(Seeds.NameMentions().RowCount, total);
    }

    [Fact]
    public void Mentions_in_context_carry_their_sentence()
    {
        var rows = Seeds.MentionsInContext();
        Assert.Equal(Seeds.Mentions.RowCount, rows.RowCount);
        foreach (var r in rows.Rows)
            Assert.Contains(r.Get<string>("surface")!, r.Get<string>("sentence_text")!);
    }

    [Fact]
    public void Mentions_in_context_read_from_tables_with_sentences_match_the_extracted_corpus()
    {
        var folder = Directory.CreateTempSubdirectory("views-sentences-");
        try
        {
            Analysis.Tables.TableExtraction.Run(Path.Combine(SeedCorpus.RepoRoot, "seeds"), folder.FullName,
                Analysis.Extraction.ExtractOptions.Default.WithSentences());
            var fromTables = Corpus.Load(folder.FullName).MentionsInContext();
            var extracted = Seeds.MentionsInContext();
            Assert.Equal(extracted.ColumnNames, fromTables.ColumnNames);
            Assert.Contains("sentence_text", fromTables.ColumnNames);
            Assert.Equal(extracted.ToCsv(), fromTables.ToCsv());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
