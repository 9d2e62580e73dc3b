using Analysis.Core.Tests.Lexicons;
using Analysis.Extraction.Statements;

namespace Analysis.Core.Tests.Statements;

/// <summary>
/// Cues that open with a force are tried only where a force can start; that must find exactly what a scan of the
/// whole clause finds, on every seed, fixture and test example and on forces that hold other forces.
/// </summary>
public sealed class ForceLedCueTests
{
    private static readonly string[] Tricky =
    [
        "The carrier strike group was sent to the Gulf, and strike group were sent to Cyprus.",
        "Carrier strike groups have been deployed to the region; ground troops are stationed in Iraq.",
        "US troops remain in Syria. Marines never left. Airborne troops were moved into Kuwait",
        "The Patriot missile batteries were rushed to Poland while Patriot batteries remain on the ground.",
        "our_troops were sent to x; troops troops were sent to y",
        "USS Gerald R. Ford was sent to the eastern Mediterranean, and USS Eisenhower is heading to the Gulf.",
    ];

    [Fact]
    public void Trying_a_cue_at_each_force_finds_what_a_scan_finds()
    {
        var failures = new List<string>();
        foreach (var text in RuleTexts.All.Concat(Tricky))
            foreach (var (start, end) in Clauses(text))
                foreach (var (rule, scanned, atForces) in StanceCueFinder.Default.ForceLedMatches(text, start, end))
                    if (scanned != atForces) failures.Add($"{rule} in [{start}, {end}) of \"{text[..Math.Min(60, text.Length)]}…\": scan {scanned}, at forces {atForces}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    // The whole text and each of its lines as the clause: lines start and end clauses mid-text.
    private static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        yield return (0, text.Length);
        for (int start = 0, end; start < text.Length; start = end + 1)
        {
            end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            yield return (start, end);
        }
    }

    [Fact]
    public void The_force_led_cues_are_found_and_match_somewhere()
    {
        var rules = StanceCueFinder.Default.ForceLedMatches(Tricky[0], 0, Tricky[0].Length).Select(r => r.Rule).ToList();
        Assert.Contains("deployPassive", rules);
        Assert.Contains("presentOnGround", rules);
        Assert.DoesNotContain("denyNoPlans", rules); // opens with "no plans", not a force
        var found = Tricky.SelectMany(t => StanceCueFinder.Default.ForceLedMatches(t, 0, t.Length)).Count(r => r.AtForces.Length > 0);
        Assert.True(found >= 5, $"only {found} force-led matches in the tricky texts");
    }
}
