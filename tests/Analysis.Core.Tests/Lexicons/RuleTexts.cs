using System.Reflection;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// Text the rule patterns are checked against: the seed articles, every dev fixture, and every string argument of
/// every [InlineData] in this test assembly (the rule tests' positive and negative examples).
/// </summary>
internal static class RuleTexts
{
    private static readonly Lazy<IReadOnlyList<string>> Texts = new(() =>
    {
        var root = Gold.GoldSet.RepoRoot;
        var files = Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "Analysis.Core.Tests", "Fixtures"), "*.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        return files.Select(File.ReadAllText).Concat(ExampleStrings()).ToArray();
    });

    /// <summary>Every text, articles first.</summary>
    public static IReadOnlyList<string> All => Texts.Value;

    /// <summary>Theory data: (rule file, pattern name) of every pattern of every rule file that <paramref name="select"/> keeps.</summary>
    public static TheoryData<string, string> Patterns(Func<PatternLibrary, string, bool> select)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in RuleResources.List().Where(f => f.EndsWith("/patterns.yaml", StringComparison.Ordinal)))
        {
            var library = PatternLibrary.Load(file);
            foreach (var name in library.Names.Where(n => select(library, n))) data.Add(file, name);
        }
        return data;
    }

    private static IEnumerable<string> ExampleStrings() =>
        typeof(RuleTexts).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .SelectMany(a => a.GetData(null!).SelectMany(row => row.OfType<string>()))
            .Where(s => s.Length > 0);
}
