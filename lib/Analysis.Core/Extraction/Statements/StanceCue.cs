namespace Analysis.Extraction.Statements;

/// <summary>
/// A cue for a deployment stance found in a clause ("no plans … to send troops", "on standby", "was headed to").
/// Offsets are relative to the sentence text.
/// </summary>
/// <param name="Stance">The stance the cue states (after negation is applied).</param>
/// <param name="Rule">The name of the pattern that matched (for tests and diagnostics).</param>
/// <param name="Start">Offset of the cue.</param>
/// <param name="End">Offset just past the cue.</param>
/// <param name="ForceStart">Offset of the force noun the cue names, or -1.</param>
/// <param name="ForceEnd">Offset just past the force noun, or -1.</param>
/// <param name="Force">The force noun as written, or empty.</param>
/// <param name="Verbal">True for a verb cue ("was headed to"), false for a noun cue ("the deployment of").</param>
internal sealed record StanceCue(Stance Stance, string Rule, int Start, int End, int ForceStart, int ForceEnd, string Force, bool Verbal);
