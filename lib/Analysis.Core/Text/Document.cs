using Analysis.Articles;

namespace Analysis.Text;

/// <summary>An article with its segmentation: the unit every extractor reads.</summary>
public sealed class Document
{
    private readonly int[] _starts;
    private readonly string?[] _sentenceTexts; // filled as the extractors ask: each reads every sentence's text

    /// <summary>Creates a document from an article and its sentences (in text order).</summary>
    public Document(Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<Turn> turns)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(turns);
        Article = article;
        Sentences = sentences;
        Turns = turns;
        _starts = sentences.Select(s => s.Start).ToArray();
        _sentenceTexts = new string?[sentences.Count];
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The article text; offsets index into it.</summary>
    public string Text => Article.Text;

    /// <summary>The sentences, in order; <see cref="Sentence.Index"/> equals the list position.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Transcript turns (empty for ordinary articles).</summary>
    public IReadOnlyList<Turn> Turns { get; }

    /// <summary>True when the article is a briefing transcript (has speaker-labelled turns).</summary>
    public bool IsTranscript => Turns.Count > 0;

    /// <summary>The text of a sentence (made once per sentence of this document: five extractors read each).</summary>
    public string TextOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var i = sentence.Index;
        if ((uint)i >= (uint)_sentenceTexts.Length || Sentences[i].Start != sentence.Start || Sentences[i].Length != sentence.Length)
            return Text.Substring(sentence.Start, sentence.Length); // not one of this document's sentences
        // Two threads reading one document may both make the string; either copy is the same text.
        return _sentenceTexts[i] ??= Text.Substring(sentence.Start, sentence.Length);
    }

    /// <summary>The text of a span.</summary>
    public string Slice(int start, int end) => Text.Substring(start, end - start);

    /// <summary>The index of the sentence holding <paramref name="offset"/> (the nearest one before it when it falls between sentences).</summary>
    public int SentenceIndexAt(int offset)
    {
        if (_starts.Length == 0) return 0;
        var i = Array.BinarySearch(_starts, offset);
        if (i < 0) i = ~i - 1;
        return Math.Clamp(i, 0, _starts.Length - 1);
    }

    /// <summary>The sentence holding <paramref name="offset"/>.</summary>
    public Sentence SentenceAt(int offset) => Sentences[SentenceIndexAt(offset)];

    /// <summary>The transcript turn holding <paramref name="offset"/>, if any.</summary>
    public Turn? TurnAt(int offset) => Turns.LastOrDefault(t => t.LabelStart <= offset && offset < t.End);
}
