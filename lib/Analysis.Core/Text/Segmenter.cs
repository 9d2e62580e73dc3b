using System.Text.RegularExpressions;
using Analysis.Articles;
using Analysis.Lexicons;

namespace Analysis.Text;

/// <summary>
/// Splits an article into paragraphs, transcript turns and sentences the way news text needs:
/// abbreviations ("U.S.", "Maj.-Gen.", "Sept.") do not end sentences, a quotation followed by
/// its attribution ("“…,” Kirby said.") stays one sentence, and speaker labels at the start of
/// a line ("MR. KIRBY:", "Q:") open transcript turns.
/// </summary>
public sealed class Segmenter
{
    private readonly ParagraphSplitter _paragraphs = new();
    private readonly TurnFinder _turns = new();
    private readonly SentenceSplitter _sentences = new();

    /// <summary>The shared segmenter (its rules are loaded once).</summary>
    public static Segmenter Default { get; } = new();

    /// <summary>Segments an article.</summary>
    public Document Segment(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var turns = _turns.Find(text);
        var sentences = new List<Sentence>();
        var spans = new List<(int Start, int End)>();
        var paragraphIndex = 0;
        foreach (var (start, end) in _paragraphs.Split(text))
        {
            // A speaker label is not part of any sentence: sentences of the turn start after it.
            var turn = TurnAt(turns, start);
            var bodyStart = turn is not null && turn.LabelStart == start ? SkipSpaces(text, turn.LabelEnd, end) : start;
            spans.Clear();
            _sentences.Split(text, bodyStart, end, spans);
            foreach (var (s, e) in spans)
                sentences.Add(new Sentence(sentences.Count, s, e, paragraphIndex) { Turn = turn });
            paragraphIndex++;
        }
        return new Document(article, sentences, turns);
    }

    // The last turn whose label starts at or before `at` and which runs past it (without a closure per paragraph).
    private static Turn? TurnAt(IReadOnlyList<Turn> turns, int at)
    {
        for (var i = turns.Count - 1; i >= 0; i--)
            if (turns[i].LabelStart <= at && at < turns[i].End) return turns[i];
        return null;
    }

    private static int SkipSpaces(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from])) from++;
        return from;
    }
}

/// <summary>Finds transcript turns: lines that open with an upper-case speaker label and a colon.</summary>
internal sealed class TurnFinder
{
    private readonly Pattern _label =
        PatternLibrary.Load("text/patterns.yaml").Pattern("speakerLabel");

    /// <summary>
    /// False when the line at [<paramref name="start"/>, <paramref name="end"/>) cannot open with a speaker label, which
    /// every form of begins with a capital letter not followed by a lower-case one ("Q:", "Q (Reuters):", "MR. RYDER:"):
    /// most lines of a story are answered without running the label pattern.
    /// </summary>
    internal static bool CanOpenLabel(string text, int start, int end) =>
        start < end && char.IsAsciiLetterUpper(text[start]) && (start + 1 == end || !char.IsAsciiLetterLower(text[start + 1]));

    public IReadOnlyList<Turn> Find(string text)
    {
        var labels = new List<(string Label, int Start, int End)>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var start = lineStart;
            while (start < lineEnd && (text[start] == ' ' || text[start] == '\t')) start++;
            var m = CanOpenLabel(text, start, lineEnd) ? _label.Match(text, start, lineEnd - start) : Match.Empty;
            // The pattern is anchored at the line's first non-blank ("WASHINGTON:" datelines are labels too in effect,
            // but only transcripts have several).
            if (m.Success)
                labels.Add((m.Groups["label"].Value.Trim(), start, m.Index + m.Length));
            lineStart = lineEnd + 1;
        }
        // One label alone is a dateline or a heading, not a transcript.
        if (labels.Count < 2) return [];
        var turns = new List<Turn>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Start : text.Length;
            while (end > labels[i].End && char.IsWhiteSpace(text[end - 1])) end--;
            turns.Add(new Turn(labels[i].Label, labels[i].Start, labels[i].End, end));
        }
        return turns;
    }
}
