using Analysis.Core.Tests.Articles;
using Analysis.Extraction;
using Analysis.Tables;

namespace Analysis.Core.Tests.Scale;

public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/8", 2, 8)]
    [InlineData(" 3 / 3 ", 3, 3)]
    public void Parses_k_of_n(string text, int k, int n) => Assert.Equal(new Shard(k, n), Shard.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("1/2/3")]
    [InlineData("a/b")]
    public void Rejects_anything_else(string text)
    {
        Assert.False(Shard.TryParse(text, out _));
        Assert.Contains("K/N", Assert.Throws<FormatException>(() => Shard.Parse(text)).Message);
    }

    [Fact]
    public void Shards_partition_the_input_round_robin()
    {
        var shards = Enumerable.Range(1, 3).Select(k => new Shard(k, 3)).ToArray();
        for (var position = 0; position < 30; position++)
            Assert.Single(shards, s => s.Includes(position));
        Assert.Equal([1L, 4, 7], Enumerable.Range(0, 3).Select(n => shards[1].InputPosition(n)));
        Assert.All(Enumerable.Range(0, 3), n => Assert.True(shards[1].Includes(shards[1].InputPosition(n))));
    }

    [Fact]
    public void Merge_rejects_a_folder_that_is_not_a_shard()
    {
        using var folder = new TempFolder();
        using var output = new TempFolder();
        var e = Assert.Throws<InvalidDataException>(() => TableMerge.Run([folder.Path], output.Path));
        Assert.Contains("shard", e.Message);
        Assert.Contains(folder.Path, e.Message);
    }

    [Theory]
    [InlineData(new[] { "1/3", "2/3" }, "missing shard(s) 3/3")]
    [InlineData(new[] { "1/2", "1/2", "2/2" }, "shard 1/2 given twice")]
    [InlineData(new[] { "1/2", "2/3" }, "does not belong with")]
    public void Merge_rejects_an_incomplete_or_mixed_set_of_shards(string[] shards, string problem)
    {
        using var work = new TempFolder();
        var folders = shards.Select((s, i) => work.Write($"s{i}.txt", "")).Select((_, i) => Path.Combine(work.Path, $"shard{i}")).ToArray();
        for (var i = 0; i < shards.Length; i++)
        {
            Directory.CreateDirectory(folders[i]);
            File.WriteAllText(Path.Combine(folders[i], ShardFiles.ShardFile), shards[i] + "\n");
        }
        var e = Assert.Throws<InvalidDataException>(() => TableMerge.Run(folders, Path.Combine(work.Path, "out")));
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Merge_rejects_shards_of_different_inputs()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        using var work = new TempFolder();
        a.Write("one.txt", "Defense Secretary Lloyd Austin spoke on Tuesday.");
        a.Write("two.txt", "Secretary of State Antony Blinken spoke on Wednesday.");
        a.Write("three.txt", "John Kirby spoke on Thursday.");
        b.Write("one.txt", "Defense Secretary Lloyd Austin spoke on Tuesday.");
        TableExtraction.Run(a.Path, Path.Combine(work.Path, "1"), new() { Shard = new Shard(1, 2), Parallelism = 1 });
        TableExtraction.Run(b.Path, Path.Combine(work.Path, "2"), new() { Shard = new Shard(2, 2), Parallelism = 1 });
        var e = Assert.Throws<InvalidDataException>(() => TableMerge.Run([Path.Combine(work.Path, "1"), Path.Combine(work.Path, "2")], Path.Combine(work.Path, "out")));
        Assert.Contains("same input", e.Message);
    }
}
