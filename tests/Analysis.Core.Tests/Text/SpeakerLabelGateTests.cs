using Analysis.Core.Tests.Lexicons;
using Analysis.Lexicons;
using Analysis.Text;

namespace Analysis.Core.Tests.Text;

/// <summary>
/// The gate before the speaker-label pattern (<see cref="TurnFinder.CanOpenLabel"/>) only turns away lines the pattern
/// cannot match: tried on every line of every rule text and on the label forms.
/// </summary>
public sealed class SpeakerLabelGateTests
{
    private static readonly Pattern Label = PatternLibrary.Load("text/patterns.yaml").Pattern("speakerLabel");

    [Theory]
    [InlineData("Q: Will you send troops?", true)]
    [InlineData("Q (Tara Copp, AP): Thank you.", true)]
    [InlineData("Q Thank you, General.", true)]
    [InlineData("MR. KIRBY: We have not.", true)]
    [InlineData("SECRETARY AUSTIN: Good morning.", true)]
    [InlineData("GEN. RYDER: Sure.", true)]
    [InlineData("The Pentagon said on Monday:", false)]
    [InlineData("Qatar said it would mediate.", false)]
    [InlineData("officials said the troops", false)]
    [InlineData("", false)]
    public void The_gate_passes_the_lines_that_open_with_a_label(string line, bool passes)
    {
        Assert.Equal(passes, TurnFinder.CanOpenLabel(line, 0, line.Length));
        if (!passes) Assert.False(Label.Match(line, 0, line.Length).Success);
    }

    [Fact]
    public void The_gate_never_turns_away_a_line_the_pattern_matches()
    {
        var labelled = 0;
        foreach (var text in RuleTexts.All)
            foreach (var line in text.Split('\n'))
            {
                var start = line.Length - line.TrimStart(' ', '\t').Length;
                if (!Label.Match(line, start, line.Length - start).Success) continue;
                labelled++;
                Assert.True(TurnFinder.CanOpenLabel(line, start, line.Length), $"the gate turned away \"{line}\"");
            }
        Assert.True(labelled > 0, "no rule text has a speaker label, so the gate is untested");
    }
}
