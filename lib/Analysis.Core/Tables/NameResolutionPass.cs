using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Analysis.Extraction.People;
using Analysis.Frames.Csv;

namespace Analysis.Tables;

/// <summary>
/// The second pass of a streaming extraction: corpus-level name resolution over written tables. It reads the
/// person column of the unresolved mentions table to learn the corpus' full names, then streams the four tables
/// with person columns (<see cref="TableSet.NameColumns"/>) once more, rewriting lone surnames ("Biden" → "Joe Biden")
/// exactly as <see cref="CorpusNameResolver.Apply"/> does in memory. Memory holds only the distinct full names.
/// </summary>
public static class NameResolutionPass
{
    /// <summary>
    /// Resolves the tables in <paramref name="unresolvedFolder"/> into <paramref name="outputFolder"/>, rewriting up to
    /// <paramref name="threads"/> tables at a time (the largest first; each table is the same whatever the count).
    /// </summary>
    public static void Run(string unresolvedFolder, string outputFolder, int threads = 1) => Run(unresolvedFolder, outputFolder, threads, null);

    /// <summary>
    /// As <see cref="Run(string, string, int)"/>; with <paramref name="written"/>, the names the run wrote, the mentions
    /// are not read back to learn the full names, and a table whose names all resolve to themselves is moved, not rewritten.
    /// </summary>
    internal static void Run(string unresolvedFolder, string outputFolder, int threads, WrittenNames? written)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unresolvedFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        var resolver = new CorpusNameResolver();
        foreach (var person in written?.FullNames ?? Column(Path.Combine(unresolvedFolder, "mentions.csv"), "person")) resolver.ObservePerson(person);
        Directory.CreateDirectory(outputFolder);
        var tables = TableSet.NameColumns.OrderByDescending(t => Size(Path.Combine(unresolvedFolder, t.File))).ToArray();
        try
        {
            Parallel.ForEach(Partitioner.Create(tables, loadBalance: true), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
                t =>
                {
                    var (from, to) = (Path.Combine(unresolvedFolder, t.File), Path.Combine(outputFolder, t.File));
                    if (written is not null && written.Unchanged(t.File, resolver)) File.Move(from, to, overwrite: true);
                    else Rewrite(from, to, t.Column, resolver.Resolve);
                });
        }
        catch (AggregateException e)
        {
            // A broken or missing table is reported as itself, as on one thread.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    private static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static IEnumerable<string> Column(string path, string column)
    {
        using var reader = Open(path, out var header);
        var index = IndexOf(header, column, path);
        while (reader.Read() is { } record) yield return record[index];
    }

    private static void Rewrite(string from, string to, string column, Func<string, string> map)
    {
        using var reader = Open(from, out var header);
        var index = IndexOf(header, column, from);
        using var writer = new CsvRecordWriter(to);
        writer.Write(header);
        while (reader.Read() is { } record)
        {
            record[index] = map(record[index]);
            writer.Write(record);
        }
    }

    internal static CsvRecordReader Open(string path, out string[] header)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"missing table {path}", path);
        var reader = new CsvRecordReader(new StreamReader(path), path);
        header = reader.Read() ?? throw new InvalidDataException($"{path}:1: empty table (no header)");
        return reader;
    }

    private static int IndexOf(string[] header, string column, string path)
    {
        var index = Array.IndexOf(header, column);
        return index >= 0 ? index : throw new InvalidDataException($"{path}:1: no '{column}' column");
    }
}
