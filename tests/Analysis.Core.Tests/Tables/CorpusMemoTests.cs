using Analysis.Core.Tests.Articles;
using Analysis.Extraction;

namespace Analysis.Core.Tests.Tables;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CorpusMemoCollection
{
    /// <summary>The kept corpus is process-wide, so these tests run alone.</summary>
    public const string Name = "corpus memo";
}

/// <summary>Corpus.Load keeps the corpus it last extracted and hands it out again while the input is unchanged.</summary>
[Collection(CorpusMemoCollection.Name)]
public sealed class CorpusMemoTests
{
    private const string Article = "\"We will not send troops,\" Defense Secretary Lloyd Austin said on Tuesday.";

    [Fact]
    public void Loading_the_same_unchanged_folder_again_reuses_the_extraction()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Article);
        var first = Corpus.Load(dir.Path);
        Assert.Same(first, Corpus.Load(dir.Path));
        Assert.Same(first, Corpus.Load(dir.Path + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void An_edited_or_added_article_is_extracted_anew()
    {
        using var dir = new TempFolder();
        var file = dir.Write("a.txt", Article);
        var first = Corpus.Load(dir.Path);
        File.WriteAllText(file, Article.Replace("Lloyd Austin", "Pete Hegseth", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(1));
        var edited = Corpus.Load(dir.Path);
        Assert.NotSame(first, edited);
        Assert.Contains("Pete Hegseth", edited.Quotes["speaker"].As<string>().Values);
        dir.Write("b.txt", "Officials said 12 people were killed in Kyiv on Monday.");
        Assert.Equal(2, Corpus.Load(dir.Path).Articles.RowCount);
    }

    [Fact]
    public void Only_the_last_corpus_is_kept_and_options_make_a_load_its_own()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        one.Write("a.txt", Article);
        two.Write("b.txt", Article);
        var first = Corpus.Load(one.Path);
        Assert.NotSame(first, Corpus.Load(one.Path, ExtractOptions.Default.WithParallelism(1)));
        Corpus.Load(two.Path);
        Assert.NotSame(first, Corpus.Load(one.Path));
    }

    [Fact]
    public void A_corpus_file_is_kept_too()
    {
        using var dir = new TempFolder();
        var file = dir.Write("corpus.jsonl", "{\"id\":\"a\",\"text\":\"Officials said 12 people were killed in Kyiv.\"}\n");
        Assert.Same(Corpus.Load(file), Corpus.Load(file));
    }
}
