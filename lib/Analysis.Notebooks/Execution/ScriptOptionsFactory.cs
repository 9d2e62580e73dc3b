using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Notebooks.Execution;

/// <summary>Builds the Roslyn <see cref="ScriptOptions"/> of an engine: references, usings, resolvers.</summary>
internal static class ScriptOptionsFactory
{
    /// <summary>The usings of .NET Interactive's C# kernel, which notebooks written for it rely on.</summary>
    public static IReadOnlyList<string> DefaultUsings { get; } =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Text",
        "System.Threading", "System.Threading.Tasks",
    ];

    // Our namespaces, imported only when some loaded Analysis assembly actually has public types in them, because
    // a using of an unknown namespace is a compile error in every cell.
    private static readonly string[] AnalysisNamespaces =
    [
        "Analysis", "Analysis.Articles", "Analysis.Charts", "Analysis.Extraction", "Analysis.Frames", "Analysis.Text",
        "Analysis.Views",
    ];

    private static readonly string[] AnalysisAssemblies = ["Analysis.Frames", "Analysis.Core", "Analysis.Charts", "Analysis.Views", "Analysis.Notebooks"];

    private static readonly Lazy<(IReadOnlyList<MetadataReference> References, IReadOnlyList<string> Usings)> Preloaded =
        new(LoadPreloaded);

    /// <summary>Options for an engine with <paramref name="engineOptions"/>.</summary>
    public static ScriptOptions Create(EngineOptions engineOptions)
    {
        var workingDirectory = Path.GetFullPath(engineOptions.WorkingDirectory);
        var (preloaded, analysisUsings) = Preloaded.Value;
        var extraReferences = engineOptions.References
            .Select(path => MetadataReference.CreateFromFile(Path.GetFullPath(path, workingDirectory)));
        var usings = DefaultUsings.Concat(analysisUsings).Concat(engineOptions.Usings).Distinct(StringComparer.Ordinal);

        return ScriptOptions.Default
            .AddReferences(FrameworkAssemblies())
            .AddReferences(preloaded)
            .AddReferences(extraReferences)
            .WithImports(usings)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(workingDirectory))
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);
    }

    private static IEnumerable<Assembly> FrameworkAssemblies() =>
    [
        typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(List<>).Assembly, typeof(HttpClient).Assembly,
        typeof(System.Text.RegularExpressions.Regex).Assembly, typeof(System.Text.Json.JsonSerializer).Assembly,
        typeof(Console).Assembly, typeof(File).Assembly, typeof(System.Collections.Concurrent.ConcurrentDictionary<,>).Assembly,
        typeof(System.ComponentModel.INotifyPropertyChanged).Assembly, typeof(Uri).Assembly,
    ];

    private static (IReadOnlyList<MetadataReference>, IReadOnlyList<string>) LoadPreloaded()
    {
        var references = new List<MetadataReference>();
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in AnalysisAssemblies)
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(new AssemblyName(name));
            }
            catch (FileNotFoundException)
            {
                continue; // A host without that library (e.g. a trimmed tool) still gets a working engine.
            }
            if (string.IsNullOrEmpty(assembly.Location))
            {
                continue;
            }
            // XML docs next to the dll make Inspect show summaries of our own API.
            var xml = Path.ChangeExtension(assembly.Location, ".xml");
            var documentation = File.Exists(xml) ? XmlDocumentationProvider.CreateFromFile(xml) : null;
            references.Add(MetadataReference.CreateFromFile(assembly.Location, documentation: documentation));
            foreach (var type in SafeExportedTypes(assembly))
            {
                if (type.Namespace is { } ns)
                {
                    namespaces.Add(ns);
                }
            }
        }
        return (references, AnalysisNamespaces.Where(namespaces.Contains).ToArray());
    }

    private static Type[] SafeExportedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>().ToArray();
        }
    }
}
