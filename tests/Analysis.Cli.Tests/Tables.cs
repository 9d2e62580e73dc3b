using Analysis.Frames.Csv;

namespace Analysis.Cli.Tests;

/// <summary>Reads the tables an extraction wrote.</summary>
public static class Tables
{
    /// <summary>The seven tables of SPEC, errors last.</summary>
    public static readonly string[] Data = ["articles.csv", "mentions.csv", "quotes.csv", "figures.csv", "statements.csv", "dates.csv"];

    /// <summary>The records of a CSV table after its header.</summary>
    public static List<string[]> Rows(string path)
    {
        using var csv = new CsvRecordReader(new StreamReader(path), path);
        csv.Read();
        var rows = new List<string[]>();
        while (csv.Read() is { } row) rows.Add(row);
        return rows;
    }

    /// <summary>errors.csv as (file name, line, reason).</summary>
    public static List<(string File, int Line, string Reason)> Errors(string folder) =>
        Rows(Path.Combine(folder, "errors.csv")).Select(r => (Path.GetFileName(r[0]), int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), r[2])).ToList();

    /// <summary>Rows per article id in one table.</summary>
    public static Dictionary<string, int> CountsByArticle(string folder, string table) =>
        Rows(Path.Combine(folder, table)).GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Count());
}
