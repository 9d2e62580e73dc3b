using System.Diagnostics.Tracing;
using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Core.Tests.Lexicons;

/// <summary>
/// Every rule pattern given the compiled engine compiles to code the JIT optimises. The JIT compiles a method past
/// its size limits (IL, basic blocks, locals) without optimising it (MinOpts), which for a regex's matching method
/// reads about 2x slower; nothing else would show it. The matching method of a compiled regex is a dynamic method
/// named after the regex ("Regex12_TryMatchAtCurrentPosition"), and the runtime reports the tier it was compiled at.
/// </summary>
public sealed class RegexJitTests
{
    private const int MinOptJitted = 1; // the runtime's OptimizationTier of a method compiled without optimising

    [Fact]
    public void Every_compiled_rule_pattern_is_compiled_optimised()
    {
        using var jit = new JitTiers();
        var patterns = new Dictionary<string, string>(); // "Regex12" → rule file: pattern
        foreach (var file in RuleResources.List().Where(f => f.EndsWith("/patterns.yaml", StringComparison.Ordinal)))
        {
            var library = PatternLibrary.Load(file);
            foreach (var name in library.Names.Where(n => (library.EngineOf(n) & RegexOptions.Compiled) != 0))
            {
                // A fresh regex of the same text and options: its matching method is compiled when it first tries a
                // position, which a text where it matches makes sure of.
                var regex = new Regex(library.Expand(name), library.EngineOf(name) | RegexOptions.CultureInvariant);
                Assert.True(RuleTexts.All.Any(regex.IsMatch), $"{file}: {name} matches no rule text");
                patterns[MethodPrefix(regex)] = $"{file}: {name}";
            }
        }
        Assert.True(patterns.Count > 20, $"only {patterns.Count} compiled patterns");
        var tiers = jit.WaitFor(patterns.Keys.Select(p => p + "_TryMatchAtCurrentPosition").ToList());
        var unoptimised = patterns.Where(p => tiers[p.Key + "_TryMatchAtCurrentPosition"] == MinOptJitted).Select(p => p.Value).ToList();
        Assert.True(unoptimised.Count == 0, "compiled without optimising (split the pattern): " + string.Join(", ", unoptimised));
    }

    // "Regex12" for a compiled regex: the name of the dynamic methods its runner factory holds.
    private static string MethodPrefix(Regex regex)
    {
        var factory = typeof(Regex).GetField("factory", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(regex)!;
        var method = factory.GetType().GetFields(BindingFlags.NonPublic | BindingFlags.Instance)
            .Select(f => f.GetValue(factory)).OfType<DynamicMethod>().FirstOrDefault()
            ?? throw new InvalidOperationException("The compiled regex's runner factory holds no dynamic method: the runtime changed, update this test.");
        return method.Name.Split('_')[0];
    }

    // The optimisation tier of each method the JIT compiles, from the runtime's JIT events (delivered asynchronously).
    private sealed class JitTiers : EventListener
    {
        private readonly Dictionary<string, int> _tiers = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) != true || e.PayloadNames is null) return;
            var name = e.Payload![e.PayloadNames.IndexOf("MethodName")] as string;
            var flags = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("MethodFlags")], System.Globalization.CultureInfo.InvariantCulture);
            if (name is not null) lock (_tiers) _tiers[name] = (int)((flags >> 7) & 7);
        }

        public Dictionary<string, int> WaitFor(IReadOnlyList<string> methods)
        {
            for (var waited = 0; waited < 200; waited++)
            {
                lock (_tiers)
                    if (methods.All(_tiers.ContainsKey)) return methods.ToDictionary(m => m, m => _tiers[m]);
                Thread.Sleep(50);
            }
            lock (_tiers) Assert.Fail("no JIT event for: " + string.Join(", ", methods.Where(m => !_tiers.ContainsKey(m))));
            return [];
        }
    }
}
