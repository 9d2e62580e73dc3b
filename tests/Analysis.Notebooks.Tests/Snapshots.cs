using System.Runtime.CompilerServices;

namespace Analysis.Notebooks.Tests;

/// <summary>
/// Snapshot files live next to the tests (tests/Analysis.Notebooks.Tests/Snapshots) and are read from source.
/// Run with UPDATE_SNAPSHOTS=1 to rewrite them after reviewing a deliberate change; a missing snapshot fails.
/// </summary>
internal static class Snapshots
{
    public static string Folder([CallerFilePath] string callerPath = "") =>
        Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");

    public static string Read(string name)
    {
        var path = Path.Combine(Folder(), name);
        Assert.True(File.Exists(path), $"missing snapshot {path}");
        return File.ReadAllText(path);
    }

    public static void Match(string name, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(Path.Combine(Folder(), name), actual);
        }
        Assert.Equal(Read(name), actual);
    }
}
