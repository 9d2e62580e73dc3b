using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Analysis.Views.Tests;

/// <summary>
/// Snapshot assertions against files in Snapshots/ (read from source, next to this file). The stored form is the
/// chart JSON re-indented (same key order, same values) so diffs are reviewable. A missing snapshot is written and the
/// test fails, asking for review; UPDATE_SNAPSHOTS=1 rewrites snapshots and passes.
/// </summary>
internal static class Snapshots
{
    public static void MatchJson(string name, string json, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var path = Path.Combine(directory, name + ".json");
        var actual = Indent(json);
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        if (update || !File.Exists(path))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            if (!update) Assert.Fail($"Snapshot {name}.json was missing and has been written to {path}; review it and re-run.");
            return;
        }
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual,
            $"Chart JSON differs from snapshot {name}.json (run with UPDATE_SNAPSHOTS=1 to accept after review).\n{FirstDifference(expected, actual)}");
    }

    /// <summary>Re-indents JSON without reordering keys or reformatting numbers.</summary>
    public static string Indent(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                   NewLine = "\n",
               }))
        {
            document.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    // Chart snapshots run to thousands of lines; the first differing line says what changed.
    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of snapshot>";
            var right = i < a.Length ? a[i] : "<end of chart>";
            if (left != right) return $"line {i + 1}:\n  snapshot: {left}\n  chart:    {right}";
        }
        return "(no line differs)";
    }
}
