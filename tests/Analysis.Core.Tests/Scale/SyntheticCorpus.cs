using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Analysis.Core.Tests.Scale;

/// <summary>
/// A deterministic JSON Lines corpus of thousands of short articles built from sentence templates: people by full
/// name and by surname alone (so corpus-level resolution has work across shards), an ambiguous surname, quotes,
/// figures, deployment statements and dates, plus a few malformed lines (errors interleaved with articles).
/// </summary>
internal static class SyntheticCorpus
{
    // A speaker named by surname alone ("Kowalczyk said") resolves through the corpus: "Maria Kowalczyk" is written out
    // only in other articles; "Anna Ferreira" and "Paulo Ferreira" make a lone "Ferreira" ambiguous.
    private static readonly string[] FullNames = ["Maria Kowalczyk", "Anna Ferreira", "Lloyd Austin", "Paulo Ferreira", "Joe Biden"];
    private static readonly string[] Surnames = ["Kowalczyk", "Ferreira", "Biden"];
    private static readonly string[] Places = ["Kyiv", "Baghdad", "Gaza", "Kabul", "Taipei"];

    public static void Write(string path, int articles)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        for (var i = 0; i < articles; i++)
        {
            if (i % 397 == 5) { writer.WriteLine("{\"id\": \"broken-" + i.ToString(CultureInfo.InvariantCulture) + "\", \"text\": "); continue; }
            var day = 1 + i % 27;
            var record = new Dictionary<string, string>
            {
                ["id"] = "syn-" + i.ToString(CultureInfo.InvariantCulture),
                ["outlet"] = "Wire",
                ["published"] = $"2024-03-{day:00}",
                ["title"] = $"Report {i}",
                ["text"] = Text(i),
            };
            writer.WriteLine(JsonSerializer.Serialize(record));
        }
    }

    private static string Text(int i)
    {
        // Full names appear only in some articles so that surname-only articles depend on others for resolution.
        var person = i % 5 == 0 ? FullNames[i / 5 % FullNames.Length] : Surnames[i % Surnames.Length];
        var place = Places[i % Places.Length];
        var n = 10 + i % 90;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"At least {n} people were killed in {place} on Tuesday, officials said.\n\n");
        // A title makes the full name a mention, which is what corpus-level resolution learns names from.
        if (i % 5 == 0) sb.Append(CultureInfo.InvariantCulture, $"General {person} visited {place} on Sunday.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"\"We are watching this closely,\" {person} said on Monday.\n\n");
        if (i % 3 == 0) sb.Append(CultureInfo.InvariantCulture, $"The Pentagon said about {n * 100} troops had been placed on heightened alert, according to {person}.\n\n");
        if (i % 4 == 1) sb.Append(CultureInfo.InvariantCulture, $"Defense Secretary Lloyd Austin said there were no plans to send ground troops to {place}.\n\n");
        if (i % 7 == 2) sb.Append(CultureInfo.InvariantCulture, $"More than {n} soldiers were wounded in March, {person} told reporters.\n");
        return sb.ToString();
    }
}
