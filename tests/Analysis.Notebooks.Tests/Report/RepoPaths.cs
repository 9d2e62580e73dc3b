using System.Reflection;

namespace Analysis.Notebooks.Tests.Report;

/// <summary>Files of the repository (seeds, notebooks), found through the RepoRoot stamped on the test assembly.</summary>
internal static class RepoPaths
{
    public static string Root { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value
        ?? throw new InvalidOperationException("RepoRoot not stamped on the test assembly");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Notebooks => Path.Combine(Root, "notebooks");
}
