using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Core.Tests.Robustness;

/// <summary>
/// FsCheck generators of news-like text: real seed sentences and fragments cut at random places,
/// mixed with numbers, dates, quotation marks, speaker labels, line breaks and random Unicode,
/// so properties meet both plausible articles and garbage.
/// </summary>
internal static class NewsText
{
    private static readonly string SeedText = string.Concat(
        Directory.GetFiles(Path.Combine(Gold.GoldSet.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));

    private static readonly string[] Sentences = SeedText
        .Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(s => s.Length > 3).Select(s => s + ".").ToArray();

    private static readonly string[] Tokens =
    [
        "1,000", "12", "2.5 million", "three hundred", "at least 40", "between 5 and 10", "5-7", "dozens", "-3", "9999999999",
        "Oct. 7", "Oct. 7, 2023", "2023-10-18", "last Tuesday", "March 32", "Feb. 29", "this week", "in 2024", "Sept. 31", "the 1990s",
        "“", "”", "\"", "'", "‘", "’", "«", "»", "(", ")", ":", ";", ",", ".", "...", "!", "?", "—", "-",
        "MR. KIRBY:", "Q:", "GEN. RYDER:", "\n", "\n\n", " ", "\t", "U.S.", "Maj.-Gen.", "Mr.", "Sept.",
        "said", "said Biden", "according to the ministry", "troops", "killed", "wounded", "deploy", "no plans to send",
        "\uFEFF", "\u00A0", "\u200B", "\uD83D\uDE00", "\uD800", "\uDC00", "\0", "é", "İ", "ß", "Ω",
    ];

    private static Gen<string> Fragment =>
        from start in Gen.Choose(0, SeedText.Length - 1)
        from length in Gen.Choose(0, 400)
        select SeedText.Substring(start, Math.Min(length, SeedText.Length - start));

    private static Gen<string> RandomChars =>
        Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Choose(0x20, 0x7E).Select(c => (char)c)),
            (2, Gen.Choose(0, 0xFFFF).Select(c => (char)c)),
            (1, Gen.Elements('\n', '\r', '\t', '“', '”', '"', '.', ':'))))
        .Select(cs => new string(cs));

    private static Gen<string> Piece => Gen.Frequency(
        (4, Gen.Elements(Sentences)),
        (3, Fragment),
        (4, Gen.Elements(Tokens)),
        (1, RandomChars));

    /// <summary>Text made of 0 to ~30 pieces joined by spaces, line breaks or nothing.</summary>
    public static Gen<string> Text =>
        Gen.ArrayOf(Gen.Zip(Piece, Gen.Elements(" ", " ", " ", "", "\n", "\n\n"))).Select(ps => string.Concat(ps.Select(p => p.Item1 + p.Item2)));

    /// <summary>A publication date or none.</summary>
    public static Gen<DateOnly?> Published =>
        Gen.Frequency(
            (1, Gen.Constant<DateOnly?>(null)),
            (4, Gen.Choose(0, 365 * 60).Select(d => (DateOnly?)new DateOnly(1990, 1, 1).AddDays(d))));

    public static Arbitrary<(string Text, DateOnly? Published)> Articles =>
        Arb.From(Gen.Zip(Text, Published), a => ShrinkText(a.Item1).Select(t => (t, a.Item2)));

    // Shrinks by halves and by dropping one piece at a time, so a failure comes back small.
    private static IEnumerable<string> ShrinkText(string text)
    {
        if (text.Length == 0) yield break;
        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        for (var step = Math.Max(1, text.Length / 8); step >= 1 && text.Length > 1; step /= 2)
            for (var i = 0; i + step <= text.Length; i += step)
                yield return text.Remove(i, step);
    }
}
