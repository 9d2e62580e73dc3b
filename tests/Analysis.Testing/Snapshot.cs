using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Xunit;

namespace Analysis.Testing;

/// <summary>
/// Snapshot files in the calling test project's <c>Snapshots/</c> folder (found from the caller's source path, so
/// they are read and written in the source tree). A missing snapshot is written and the test fails, asking for review;
/// <c>UPDATE_SNAPSHOTS=1</c> rewrites snapshots and passes. A mismatch names the first differing line.
/// </summary>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="actual"/> equals the snapshot file <paramref name="name"/> (with extension).</summary>
    public static void Match(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var path = PathOf(name, callerFile);
        actual = actual.ReplaceLineEndings("\n");
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        if (update || !File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            if (!update) Assert.Fail($"Snapshot {name} was missing and has been written to {path}; review it and re-run.");
            return;
        }
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual,
            $"Output differs from snapshot {name} (run with UPDATE_SNAPSHOTS=1 to accept after review).\n{FirstDifference(expected, actual)}");
    }

    /// <summary>Asserts that <paramref name="json"/>, re-indented without reordering, equals the snapshot <c>name.json</c>.</summary>
    public static void MatchJson(string name, string json, [CallerFilePath] string callerFile = "") =>
        Match(name + ".json", Indent(json), callerFile);

    /// <summary>The text of the snapshot file <paramref name="name"/>.</summary>
    public static string Read(string name, [CallerFilePath] string callerFile = "") =>
        File.ReadAllText(PathOf(name, callerFile));

    /// <summary>Re-indents JSON without reordering keys or reformatting numbers, so snapshot diffs are reviewable.</summary>
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

    // The test project folder: the nearest folder above the caller that holds a .csproj.
    private static string PathOf(string name, string callerFile)
    {
        for (var dir = Path.GetDirectoryName(callerFile); dir is not null; dir = Path.GetDirectoryName(dir))
            if (Directory.EnumerateFiles(dir, "*.csproj").Any()) return Path.Combine(dir, "Snapshots", name);
        throw new InvalidOperationException($"No test project above {callerFile}.");
    }

    // Snapshots run to thousands of lines; the first differing line says what changed.
    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of snapshot>";
            var right = i < a.Length ? a[i] : "<end of output>";
            if (left != right) return $"line {i + 1}:\n  snapshot: {left}\n  actual:   {right}";
        }
        return "(no line differs)";
    }
}
