namespace Analysis.Frames.Tests;

/// <summary>Small shared frames for the verb tests.</summary>
internal static class Samples
{
    /// <summary>Mentions: article, person (one missing), kind, sentence.</summary>
    public static DataFrame Mentions() => DataFrame.FromColumns(
        DataColumn.Create<long>("article_id", [3, 1, 2, 1, 3, 2, 1]),
        DataColumn.Create<string>("person", ["Biden", "Putin", "Biden", "Biden", null, "Zelensky", "Putin"]),
        DataColumn.Create<string>("kind", ["Name", "Title", "Name", "Name", "Name", "Name", "Name"]),
        DataColumn.Create<long>("sentence", [0, 4, 2, 1, 7, 3, null]));

    public static string[] Strings(DataFrame frame, string column) =>
        frame[column].As<string>().Values.Select(v => v ?? "<NA>").ToArray();

    public static long?[] Longs(DataFrame frame, string column)
    {
        var col = frame[column].As<long>();
        return Enumerable.Range(0, col.Length).Select(i => col.IsMissing(i) ? (long?)null : col.GetValue(i)).ToArray();
    }

    public static double?[] Doubles(DataFrame frame, string column)
    {
        var col = frame[column].As<double>();
        return Enumerable.Range(0, col.Length).Select(i => col.IsMissing(i) ? (double?)null : col.GetValue(i)).ToArray();
    }
}
