using System.Globalization;
using System.Text;
using Analysis.Extraction;
using Analysis.Frames.Csv;

namespace Analysis.Tables;

/// <summary>How many rows one input item (an article or a rejected input) put into each table of a shard.</summary>
internal readonly record struct ShardItem(int Articles, int Mentions, int Quotes, int Figures, int Statements, int Dates, int Errors)
{
    public static readonly string[] Header = ["articles", "mentions", "quotes", "figures", "statements", "dates", "errors"];

    /// <summary>The rows of the table stored in <paramref name="file"/>.</summary>
    public int RowsOf(string file) => file switch
    {
        "articles.csv" => Articles,
        "mentions.csv" => Mentions,
        "quotes.csv" => Quotes,
        "figures.csv" => Figures,
        "statements.csv" => Statements,
        "dates.csv" => Dates,
        "errors.csv" => Errors,
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "not a table"),
    };

    public string[] ToFields() =>
        [.. new[] { Articles, Mentions, Quotes, Figures, Statements, Dates, Errors }.Select(n => n.ToString(CultureInfo.InvariantCulture))];

    public static ShardItem Parse(string[] fields, string source, int line)
    {
        var n = new int[Header.Length];
        if (fields.Length != n.Length) throw new InvalidDataException($"{source}:{line}: expected {n.Length} fields, found {fields.Length}");
        for (var i = 0; i < n.Length; i++)
            if (!int.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out n[i]))
                throw new InvalidDataException($"{source}:{line}: '{fields[i]}' is not a row count");
        return new(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }
}

/// <summary>Writes <c>shard-items.csv</c>: one line per input item of a shard, in input order.</summary>
internal sealed class ShardItemsWriter(string path) : IDisposable
{
    private readonly CsvRecordWriter _writer = Header(path);

    public void Write(ShardItem item) => _writer.Write(item.ToFields());

    public void Dispose() => _writer.Dispose();

    private static CsvRecordWriter Header(string path)
    {
        var writer = new CsvRecordWriter(path);
        writer.Write(ShardItem.Header);
        return writer;
    }
}

/// <summary>
/// The side files that make a folder of tables a shard: <c>shard.txt</c> ("K/N") and <c>shard-items.csv</c> (rows per
/// input item). A shard's person columns are left unresolved, since resolution needs the whole corpus; merging the
/// shards resolves them once, so merged tables equal those of an unsharded run.
/// </summary>
public static class ShardFiles
{
    /// <summary>File holding "K/N".</summary>
    public const string ShardFile = "shard.txt";

    /// <summary>File holding the rows each input item contributed to each table.</summary>
    public const string ItemsFile = "shard-items.csv";

    /// <summary>True when <paramref name="folder"/> holds the output of a sharded extraction.</summary>
    public static bool IsShard(string folder) => File.Exists(Path.Combine(folder, ShardFile));

    /// <summary>The shard a shard folder holds.</summary>
    /// <exception cref="InvalidDataException">The folder is not a shard output, or its shard.txt is malformed.</exception>
    public static Shard ReadShard(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = Path.Combine(folder, ShardFile);
        if (!File.Exists(path)) throw new InvalidDataException($"{folder}: not the output of 'analysis extract --shard K/N' (no {ShardFile})");
        var text = File.ReadAllText(path).Trim();
        return Shard.TryParse(text, out var shard) ? shard : throw new InvalidDataException($"{path}:1: '{text}' is not K/N");
    }

    internal static void WriteShard(string folder, Shard shard) =>
        File.WriteAllText(Path.Combine(folder, ShardFile), shard + "\n", new UTF8Encoding(false));

    internal static IEnumerable<ShardItem> ReadItems(string folder)
    {
        var path = Path.Combine(folder, ItemsFile);
        if (!File.Exists(path)) throw new InvalidDataException($"{folder}: missing {ItemsFile}");
        using var reader = new CsvRecordReader(new StreamReader(path), path);
        var header = reader.Read();
        if (header is null || !header.SequenceEqual(ShardItem.Header))
            throw new InvalidDataException($"{path}:1: expected header {string.Join(",", ShardItem.Header)}");
        while (reader.Read() is { } fields) yield return ShardItem.Parse(fields, path, reader.Line);
    }
}
