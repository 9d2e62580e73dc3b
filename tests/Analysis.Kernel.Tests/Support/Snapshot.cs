using System.Runtime.CompilerServices;

namespace Analysis.Kernel.Tests.Support;

/// <summary>
/// Compares text with a file under Snapshots/. On mismatch (or when missing) the actual text is
/// written next to it as NAME.received so it can be reviewed and moved over the snapshot.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(FindTestRoot(callerFile), "Snapshots");
        var expectedPath = Path.Combine(directory, name);
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(expectedPath) && File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) == normalized)
        {
            return;
        }

        File.WriteAllText(expectedPath + ".received", normalized);
        Assert.Fail($"Snapshot {name} differs or is missing; see {expectedPath}.received");
    }

    private static string FindTestRoot(string callerFile)
    {
        var directory = Path.GetDirectoryName(callerFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Analysis.Kernel.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"No test project above {callerFile}.");
    }
}
