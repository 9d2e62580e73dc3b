using System.Buffers;
using System.Text.RegularExpressions;

namespace Analysis.Lexicons;

/// <summary>
/// The characters a regex character class matches, as a set for vectorised searches and lookups: a reader written in
/// code then reads exactly what the class in a pattern would, without asking the regex engine for every character.
/// </summary>
internal static class CharacterClass
{
    /// <summary>
    /// Every character <paramref name="characterClass"/> (a class in regex syntax, such as <c>[\w.-]</c>) matches,
    /// read once by the regex engine itself; null when it is no single character class.
    /// </summary>
    public static SearchValues<char>? TryMembers(string characterClass)
    {
        ArgumentNullException.ThrowIfNull(characterClass);
        if (characterClass.Length <= 2 || characterClass[0] != '[' || characterClass[^1] != ']') return null;
        Regex regex;
        try { regex = new Regex(@"\A" + characterClass + @"\z", RegexOptions.CultureInvariant); }
        catch (ArgumentException) { return null; }
        var members = new List<char>();
        Span<char> one = stackalloc char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            if (regex.IsMatch(one)) members.Add((char)c);
        }
        return SearchValues.Create(members.ToArray());
    }

    /// <summary>As <see cref="TryMembers"/>, for a class written in code.</summary>
    /// <exception cref="ArgumentException"><paramref name="characterClass"/> is no single character class.</exception>
    public static SearchValues<char> Members(string characterClass) =>
        TryMembers(characterClass) ?? throw new ArgumentException($"'{characterClass}' is no character class, such as '[A-Z]'.", nameof(characterClass));
}
