using System.Globalization;
using Analysis.Articles;
using Analysis.Extraction;
using Analysis.Frames.Csv;

namespace Analysis.Tables;

/// <summary>
/// Merges the outputs of <c>analysis extract --shard K/N</c> (all N of them, any order) into the tables an unsharded
/// run writes: rows are interleaved back into input order (shard K holds input items K-1, K-1+N, …, and
/// <c>shard-items.csv</c> says how many rows each item put in each table), then names are resolved over the whole
/// corpus. Streams; memory holds only the distinct full names.
/// </summary>
public static class TableMerge
{
    /// <summary>Merges <paramref name="shardFolders"/> into <paramref name="outputFolder"/>.</summary>
    /// <exception cref="InvalidDataException">A folder is not a shard output, or the shards do not make up one run.</exception>
    public static ExtractSummary Run(IReadOnlyList<string> shardFolders, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(shardFolders);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var shards = Order(shardFolders);
        var pending = Path.Combine(outputFolder, TableExtraction.PendingFolder);
        Directory.CreateDirectory(pending);
        var names = TableSet.NameColumns.Select(c => c.File).ToHashSet(StringComparer.Ordinal);
        var inputs = shards.Select(folder => new ShardInput(folder)).ToArray();
        var outputs = TableSet.FileNames.ToDictionary(f => f,
            f => new CsvRecordWriter(Path.Combine(names.Contains(f) ? pending : outputFolder, f)), StringComparer.Ordinal);
        long articles = 0, chars = 0;
        var errors = new List<LoadError>();
        try
        {
            foreach (var file in TableSet.FileNames) outputs[file].Write(inputs[0].Header(file));
            for (long position = 0; ; position++)
            {
                var shard = inputs[(int)(position % inputs.Length)];
                if (!shard.Items.MoveNext()) break;
                var item = shard.Items.Current;
                foreach (var file in TableSet.FileNames)
                    for (var i = 0; i < item.RowsOf(file); i++)
                    {
                        var record = shard.Next(file);
                        outputs[file].Write(record);
                        if (file == "articles.csv") { articles++; chars += long.Parse(record[6], CultureInfo.InvariantCulture); }
                        else if (file == "errors.csv") errors.Add(new LoadError(record[0], int.Parse(record[1], CultureInfo.InvariantCulture), record[2]));
                    }
            }
            foreach (var shard in inputs) shard.EnsureExhausted();
        }
        finally
        {
            foreach (var writer in outputs.Values) writer.Dispose();
            foreach (var shard in inputs) shard.Dispose();
        }
        TableExtraction.Resolve(pending, outputFolder, Environment.ProcessorCount);
        return new ExtractSummary(articles, errors, chars, started.Elapsed);
    }

    // The folders sorted by shard number, checked to be exactly shards 1..N of one N.
    private static string[] Order(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0) throw new InvalidDataException("no shard folders to merge");
        var byShard = folders.Select(f => (Folder: f, Shard: ShardFiles.ReadShard(f))).ToArray();
        var count = byShard[0].Shard.Count;
        foreach (var (folder, shard) in byShard)
            if (shard.Count != count) throw new InvalidDataException($"{folder}: shard {shard} does not belong with {byShard[0].Folder} (shard {byShard[0].Shard})");
        var duplicate = byShard.GroupBy(s => s.Shard.Index).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException($"shard {duplicate.Key}/{count} given twice: {string.Join(", ", duplicate.Select(d => d.Folder))}");
        var missing = Enumerable.Range(1, count).Except(byShard.Select(s => s.Shard.Index)).ToArray();
        if (missing.Length > 0) throw new InvalidDataException($"missing shard(s) {string.Join(", ", missing.Select(m => $"{m}/{count}"))}");
        return [.. byShard.OrderBy(s => s.Shard.Index).Select(s => s.Folder)];
    }

    /// <summary>One shard's open tables and item list.</summary>
    private sealed class ShardInput : IDisposable
    {
        private readonly string _folder;
        private readonly Dictionary<string, (CsvRecordReader Reader, string[] Header)> _tables = new(StringComparer.Ordinal);

        public ShardInput(string folder)
        {
            _folder = folder;
            foreach (var file in TableSet.FileNames)
            {
                var reader = NameResolutionPass.Open(Path.Combine(folder, file), out var header);
                _tables[file] = (reader, header);
            }
            Items = ShardFiles.ReadItems(folder).GetEnumerator();
        }

        public IEnumerator<ShardItem> Items { get; }

        public string[] Header(string file) => _tables[file].Header;

        public string[] Next(string file) =>
            _tables[file].Reader.Read() ?? throw new InvalidDataException($"{Path.Combine(_folder, file)}: fewer rows than {ShardFiles.ItemsFile} lists");

        public void EnsureExhausted()
        {
            if (Items.MoveNext()) throw new InvalidDataException($"{_folder}: more items than its sibling shards; were all shards cut from the same input?");
            foreach (var (file, table) in _tables)
                if (table.Reader.Read() is not null)
                    throw new InvalidDataException($"{Path.Combine(_folder, file)}:{table.Reader.Line}: more rows than {ShardFiles.ItemsFile} lists");
        }

        public void Dispose()
        {
            Items.Dispose();
            foreach (var table in _tables.Values) table.Reader.Dispose();
        }
    }
}
