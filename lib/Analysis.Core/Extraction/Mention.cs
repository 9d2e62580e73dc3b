namespace Analysis.Extraction;

/// <summary>A mention of a person: one row of <c>mentions.csv</c>.</summary>
/// <param name="Person">Canonical full name ("Joe Biden").</param>
/// <param name="Surface">The text as written ("Biden").</param>
/// <param name="Kind">A name, or a title/role reference resolved to a person.</param>
public sealed record Mention(string Person, string Surface, MentionKind Kind, int Start, int End, int Sentence);


/// <summary>How a person is referred to.</summary>
public enum MentionKind
{
    /// <summary>By name: full name, surname, attributive or possessive use.</summary>
    Name,
    /// <summary>By title or role alone ("the president"), resolved to a person.</summary>
    Title,
}
