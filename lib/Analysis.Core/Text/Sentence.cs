namespace Analysis.Text;

/// <summary>A sentence of an article: a span of its text and where it sits.</summary>
/// <param name="Index">0-based sentence index in the article.</param>
/// <param name="Start">Offset of the first character (UTF-16 units).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Paragraph">0-based paragraph index.</param>
public sealed record Sentence(int Index, int Start, int End, int Paragraph)
{
    /// <summary>The transcript turn this sentence belongs to, when the article is a briefing transcript.</summary>
    public Turn? Turn { get; init; }

    /// <summary>Length in UTF-16 units.</summary>
    public int Length => End - Start;
}

/// <summary>A turn in a briefing transcript, opened by a speaker label such as "MR. KIRBY:" or "Q:".</summary>
/// <param name="Label">The label as written, without the colon ("MR. KIRBY", "Q").</param>
/// <param name="LabelStart">Offset of the label.</param>
/// <param name="LabelEnd">Offset just past the label's colon.</param>
/// <param name="End">Offset just past the turn's last character.</param>
public sealed record Turn(string Label, int LabelStart, int LabelEnd, int End);
