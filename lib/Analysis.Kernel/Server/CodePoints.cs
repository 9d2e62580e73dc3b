namespace Analysis.Kernel.Server;

/// <summary>
/// Cursor positions in protocol 5.2+ count Unicode code points; .NET strings index UTF-16 code
/// units. They differ after any character outside the Basic Multilingual Plane (emoji, some CJK).
/// </summary>
internal static class CodePoints
{
    /// <summary>UTF-16 index of the given code-point offset, clamped to the string.</summary>
    public static int ToUtf16Index(string text, int codePointOffset)
    {
        var index = 0;
        for (var seen = 0; seen < codePointOffset && index < text.Length; seen++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }

    /// <summary>Code-point offset of a UTF-16 index, clamped to the string.</summary>
    public static int FromUtf16Index(string text, int utf16Index)
    {
        var limit = Math.Clamp(utf16Index, 0, text.Length);
        var count = 0;
        for (var index = 0; index < limit; count++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return count;
    }
}
