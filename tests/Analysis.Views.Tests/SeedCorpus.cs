using System.Reflection;

namespace Analysis.Views.Tests;

/// <summary>The seed corpus, extracted once for all view tests.</summary>
public static class SeedCorpus
{
    public static string RepoRoot { get; } =
        typeof(SeedCorpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value ?? throw new InvalidOperationException("RepoRoot not stamped");

    private static readonly Lazy<Corpus> Lazy = new(() => Corpus.Load(Path.Combine(RepoRoot, "seeds")));

    public static Corpus Value => Lazy.Value;
}
