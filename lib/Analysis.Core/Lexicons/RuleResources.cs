using System.Reflection;

namespace Analysis.Lexicons;

/// <summary>
/// Reads the rule data files embedded from <c>lib/Analysis.Core/Rules/</c>
/// (word lists as <c>.txt</c>, named patterns as <c>.yaml</c>) by their path under that folder.
/// </summary>
public static class RuleResources
{
    private static readonly Assembly Assembly = typeof(RuleResources).Assembly;
    private const string Prefix = "Rules/";

    /// <summary>The text of a rule file, e.g. <c>ReadText("people/titles.txt")</c>.</summary>
    /// <exception cref="FileNotFoundException">No such rule file is embedded.</exception>
    public static string ReadText(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new FileNotFoundException($"No rule file '{path}' is embedded in {Assembly.GetName().Name} (looked for Rules/{path}).", path);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The path of the rule file <paramref name="name"/> in the folder of <paramref name="path"/> ("dates/triggers.yaml" beside "dates/patterns.yaml").</summary>
    public static string Sibling(string path, string name)
    {
        var slash = path.LastIndexOf('/');
        return (slash < 0 ? "" : path[..(slash + 1)]) + name;
    }

    /// <summary>True when a rule file is embedded at <c>Rules/{path}</c>.</summary>
    public static bool Exists(string path) => Assembly.GetManifestResourceInfo(Prefix + path) is not null;

    /// <summary>The paths of every embedded rule file, sorted.</summary>
    public static IReadOnlyList<string> List() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();
}
