using System.Text.RegularExpressions;
using Analysis.Extraction.Attribution;
using Analysis.Extraction.Numbers;
using Analysis.Lexicons;

namespace Analysis.Extraction.Figures;

/// <summary>
/// Turns the counted numbers of each sentence into figures: finds what each counts (<see cref="CountedNounReader"/>),
/// classifies it as casualties (a casualty noun, or a casualty verb before or after: "killed three US service
/// members", "1,200 people have been killed"), troops (a troop noun) or other, lets a noun-less count continue
/// the casualty list before it ("… and at least 1,100 in Gaza"), and reads who, where and the source.
/// Stateless and thread-safe.
/// </summary>
public sealed class FigureRecognizer
{
    private readonly CountedNounReader _nouns = new();
    private readonly FigureContext _setting = FigureContext.Default;
    private readonly ActorFinder _actors = ActorFinder.Default;
    private readonly Regex _continuation = PatternLibrary.Load("figures/patterns.yaml").Regex("continuation");
    private static readonly Regex PrepositionBefore = new(@"\b(?i:to|into|against|in|on|from|with|of|at|toward|towards|near|inside|across|by)\s+(?:the\s+)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private FigureRecognizer() { }

    /// <summary>The shared recognizer.</summary>
    public static FigureRecognizer Default { get; } = new();

    /// <summary>The figures of the analysed article, in text order (reads mentions, quotes and dates from the context).</summary>
    public IReadOnlyList<Figure> Recognize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var doc = context.Document;
        var figures = new List<Figure>();
        foreach (var sentence in doc.Sentences)
        {
            var text = doc.TextOf(sentence);
            Figure? previous = null;
            foreach (var n in NumberRecognizer.Default.Recognize(text))
            {
                if (!n.IsWhole || InsideDate(context, sentence.Start + n.Start, sentence.Start + n.End)) continue;
                if (Read(context, sentence, text, n, previous) is not { } figure) continue;
                figures.Add(figure);
                previous = figure;
            }
        }
        return figures;
    }

    private Figure? Read(AnalysisContext context, Text.Sentence sentence, string text, NumberMention n, Figure? previous)
    {
        var noun = _nouns.Read(text, n.End);
        FigureCategory category;
        string measure;
        int end;
        if (noun is null)
        {
            // A bare count continues the casualty list before it: "… killed in Israel and at least 1,100 in Gaza".
            if (previous is not { Category: FigureCategory.Casualties } || !_setting.IsElliptical(text, n.End)) return null;
            (category, measure, end) = (previous.Category, previous.Measure, n.End);
        }
        else
        {
            end = noun.End;
            var casualty = noun.Kind == NounKind.Casualty ? _nouns.CasualtyMeasure(noun.Head)
                : noun.Kind is NounKind.Troops or NounKind.People ? _setting.MeasureBefore(text, n.Start) ?? _setting.MeasureAfter(text, noun.End)
                : null;
            if (casualty is not null) (category, measure) = (FigureCategory.Casualties, casualty);
            else if (noun.Kind == NounKind.Troops) (category, measure) = (FigureCategory.Troops, "troops");
            else if (noun.Kind == NounKind.People) (category, measure) = (FigureCategory.Other, noun.Head);
            else (category, measure) = (FigureCategory.Other, noun.Head);
        }

        int absStart = sentence.Start + n.Start, absEnd = sentence.Start + end;
        // Attribution is read for the scored categories only: wire copy is full of other counts (prices, tonnes).
        var source = category == FigureCategory.Other ? "" : SourceOf(context, sentence, absStart, absEnd);
        var who = WhoOf(text, n.Start, end, category, source);
        var where = _setting.Where(text, n.Start, end, lookBefore: category == FigureCategory.Casualties);
        return new Figure(category, measure, ToLong(n.Low), ToLong(n.High), n.Qualifier, who, where, source,
            context.Document.Slice(absStart, absEnd), absStart, absEnd, sentence.Index);
    }

    // Whose people: an actor word inside the noun phrase ("three US service members"); for troops, else the
    // sentence's subject actor (not the object of a preposition: "into Israel"), else the source's ("US Defense Department").
    private string WhoOf(string text, int start, int end, FigureCategory category, string source)
    {
        var inside = _actors.Find(text, start, end);
        if (inside.Count > 0) return inside[0].Actor;
        if (category != FigureCategory.Troops) return "";
        foreach (var a in _actors.Find(text, 0, start))
            if (!PrepositionBefore.Match(text, Math.Max(0, a.Start - 20), Math.Min(a.Start, 20)).Success && !IsPossessive(text, a.End)) return a.Actor;
        return _actors.ActorOf(source);
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '’' or '\'' && text[end + 1] == 's';

    // The attribution of the figure's span; else a next sentence that continues this one and is attributed at
    // its end ("Those forces would …, according to a statement by the US Defense Department").
    private string SourceOf(AnalysisContext context, Text.Sentence sentence, int start, int end)
    {
        if (AttributionFinder.Default.Find(context, start, end) is { } own) return own.Name;
        var doc = context.Document;
        if (sentence.Index + 1 >= doc.Sentences.Count) return "";
        var next = doc.Sentences[sentence.Index + 1];
        if (next.Paragraph != sentence.Paragraph || !_continuation.IsMatch(doc.TextOf(next))) return "";
        return AttributionFinder.Default.Find(context, next.Start, next.End)?.Name ?? "";
    }

    private static bool InsideDate(AnalysisContext context, int start, int end)
    {
        foreach (var d in context.Dates)
            if (d.Start < end && start < d.End) return true;
        return false;
    }

    private static long? ToLong(decimal? value) => value is { } v ? (long)v : null;
}
