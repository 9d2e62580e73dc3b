using System.Text.RegularExpressions;
using Analysis.Lexicons;
using Analysis.Text;

namespace Analysis.Extraction.Figures;

/// <summary>
/// The state an article speaks for when it does not name one: the actor of the first institution it names
/// (<c>Rules/figures/institutions.txt</c>: Pentagon, the Department of Defense, White House → US; IDF → Israel;
/// Kremlin → Russia). It resolves "we", "our forces", "the department" (<c>selfReference</c>) and a transcript
/// speaker's unqualified forces; <c>backReference</c> ("these units", "those forces", "they") marks a clause about
/// the forces of the statement before. Shared by the figures and statements steps; thread-safe.
/// </summary>
internal sealed class HomeActor
{
    private readonly Lexicon _institutions = Lexicon.Load("figures/institutions.txt");
    private readonly SharedRegex _institution;
    private readonly Pattern _self, _back;

    private HomeActor()
    {
        _institution = new(new Regex(@"(?<![\w.])" + _institutions.ToAlternation() + @"(?![\w])", RegexOptions.Compiled | RegexOptions.CultureInvariant));
        var p = PatternLibrary.Load("figures/patterns.yaml");
        _self = p.Pattern("selfReference");
        _back = p.Pattern("backReference");
    }

    /// <summary>The shared resolver.</summary>
    public static HomeActor Default { get; } = new();

    /// <summary>
    /// The actor of the first institution named in the title or text of <paramref name="document"/>, else in its
    /// outlet (a transcript published by "White House" or "DoD" that never names one), or empty.
    /// </summary>
    public string Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var source in new[] { document.Article.Title, document.Text, document.Article.Outlet })
        {
            var m = _institution.Local.Match(source);
            if (m.Success) return _institutions.ValueOf(Text.Whitespace.Collapse(m.Value)) ?? "";
        }
        return "";
    }

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) of the text speaks of the speaker's own side ("we", "our", "the department").</summary>
    public bool RefersToSelf(string text, int start, int end) => end > start && _self.Match(text, start, end - start).Success;

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) of the text refers back to forces named before ("these units", "they").</summary>
    public bool RefersBack(string text, int start, int end) => end > start && _back.Match(text, start, end - start).Success;
}
