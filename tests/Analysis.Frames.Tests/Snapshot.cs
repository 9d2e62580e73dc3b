namespace Analysis.Frames.Tests;

/// <summary>
/// Compares serialized output with a checked-in file under Snapshots/. A missing snapshot is written to the
/// source folder and the test fails, so a new snapshot is always reviewed before it is trusted.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Snapshots", name);
        if (!File.Exists(path))
        {
            var source = Path.Combine(SourceDirectory(), "Snapshots", name);
            File.WriteAllText(source, actual);
            Assert.Fail($"Snapshot {name} did not exist; wrote it to {source}. Review it and re-run.");
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(file)!;
}
