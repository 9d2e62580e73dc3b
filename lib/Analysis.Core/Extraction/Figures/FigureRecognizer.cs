using System.Text.RegularExpressions;
using Analysis.Extraction.Attribution;
using Analysis.Extraction.Numbers;
using Analysis.Extraction.Statements;
using Analysis.Lexicons;

namespace Analysis.Extraction.Figures;

/// <summary>
/// Turns the counted numbers of each sentence into figures: finds what each counts (<see cref="CountedNounReader"/>),
/// classifies it as casualties (a casualty noun, or a casualty verb before or after: "killed three US service
/// members", "1,200 people have been killed", "45 personnel suffered minor injuries"), troops (a troop noun; a
/// generic one such as "experts" or "personnel" only in a military sentence) or other, lets a noun-less count
/// continue the casualty list before it ("… and at least 1,100 in Gaza") or be the subject of a casualty verb
/// ("two remain hospitalized"), lets "2,000 more" / "230 others" inherit the noun of the figure before, and reads
/// who (falling back to the article's <see cref="HomeActor"/> for "we"/"the department" and transcript turns),
/// where and the source.
/// Stateless and thread-safe.
/// </summary>
public sealed class FigureRecognizer
{
    private readonly CountedNounReader _nouns = new();
    private readonly FigureContext _setting = FigureContext.Default;
    private readonly ActorFinder _actors = ActorFinder.Default;
    private readonly Pattern _continuation = PatternLibrary.Load("figures/patterns.yaml").Pattern("continuation");
    private readonly Lexicon _anaphora = Lexicon.Load("figures/anaphora.txt");
    private readonly Lexicon _generic = Lexicon.Load("figures/generic_troop_nouns.txt");
    private static readonly Pattern PrepositionBefore = PatternLibrary.Load("figures/patterns.yaml").Pattern("prepositionBefore");
    private static readonly Pattern LossBefore = PatternLibrary.Load("figures/patterns.yaml").Pattern("lossBefore");
    private const int LossWindow = 16; // characters before a count read for a verb of loss: the longest one, and spaces

    private FigureRecognizer() { }

    /// <summary>The shared recognizer.</summary>
    public static FigureRecognizer Default { get; } = new();

    /// <summary>The figures of the analysed article, in text order (reads mentions, quotes and dates from the context).</summary>
    public IReadOnlyList<Figure> Recognize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var doc = context.Document;
        var figures = new List<Figure>();
        Figure? last = null;
        foreach (var sentence in doc.Sentences)
        {
            var text = doc.TextOf(sentence);
            // A bare count continues a list of its own sentence; "2,000 more" may refer to the sentence before.
            Figure? previous = null;
            var recent = last is not null && sentence.Index - last.Sentence <= 1 ? last : null;
            foreach (var n in NumberRecognizer.Default.Recognize(text))
            {
                if (!n.IsWhole || InsideDate(context, sentence.Start + n.Start, sentence.Start + n.End)) continue;
                var setting = new FigureSetting(previous, previous ?? recent);
                if (Read(context, sentence, text, n, setting) is not { } figure) continue;
                figures.Add(figure);
                if (figure.Category != FigureCategory.Other) last = figure;
                previous = figure;
            }
        }
        return figures;
    }

    private Figure? Read(AnalysisContext context, Text.Sentence sentence, string text, NumberMention n, FigureSetting setting)
    {
        var noun = _nouns.Read(text, n.End);
        FigureCategory category;
        string measure;
        int end;
        Figure? antecedent = null; // the figure "others" / "more" counts more of
        if (noun is null)
        {
            // The count is the subject of a casualty predicate: "two remain hospitalized", "three died".
            if (_setting.MeasureAfter(text, n.End) is { } predicate)
                (category, measure, end) = (FigureCategory.Casualties, predicate, n.End);
            // The count is the object of a casualty verb or a death toll: "the strike killed 13", "the death toll rose to 1,400".
            else if (_setting.MeasureBefore(text, n.Start) is { } verb)
                (category, measure, end) = (FigureCategory.Casualties, verb, n.End);
            // A bare count continues the casualty or troop list before it, with its measure: "… killed in Israel and at
            // least 1,100 in Gaza", "roughly 900 troops in Syria and about 2,500 in Iraq", "…, up from about 34,000".
            else if (setting.Previous is { Category: not FigureCategory.Other } previous && _setting.IsElliptical(text, n.Start, n.End))
                (category, measure, end) = (previous.Category, previous.Measure, n.End);
            else return null;
        }
        else if (noun.Kind == NounKind.Other && _anaphora.Contains(noun.Head)
            && (_setting.MeasureBefore(text, n.Start) ?? _setting.MeasureAfter(text, noun.End)) is var verb
            && (verb is not null || setting.Recent is { Category: not FigureCategory.Other }))
        {
            // "up to 2,000 more could follow" (after a troops figure), "wounding 230 others", "Dozens more were wounded".
            end = noun.End;
            (category, measure) = verb is not null ? (FigureCategory.Casualties, verb) : (setting.Recent!.Category, setting.Recent.Measure);
            antecedent = setting.Recent;
        }
        else
        {
            end = noun.End;
            // "some experts believe", "40 support personnel": civilians unless the sentence is military, or is spoken in
            // a military briefing ("it will be several thousand personnel").
            var kind = noun.Kind == NounKind.Troops && _generic.Contains(noun.Head) && !StanceCueFinder.Default.IsMilitary(text)
                && !(sentence.Turn is not null && context.IsMilitary)
                ? NounKind.People
                : noun.Kind;
            var casualty = kind == NounKind.Casualty ? _nouns.CasualtyMeasure(noun.Head)
                : kind is NounKind.Troops or NounKind.People ? _setting.MeasureBefore(text, n.Start) ?? _setting.MeasureAfter(text, noun.End)
                    ?? _setting.BreakdownMeasure(text, n.Start, setting.Previous)
                : null;
            if (casualty is not null) (category, measure) = (FigureCategory.Casualties, casualty);
            else if (kind == NounKind.Troops) (category, measure) = (FigureCategory.Troops, "troops");
            else (category, measure) = (FigureCategory.Other, noun.Head);
        }

        int absStart = sentence.Start + n.Start, absEnd = sentence.Start + end;
        // Attribution is read for the scored categories only: wire copy is full of other counts (prices, tonnes).
        var source = category == FigureCategory.Other ? "" : SourceOf(context, sentence, absStart, absEnd);
        var who = WhoOf(text, n.Start, end, category, source);
        if (who.Length == 0 && antecedent is not null) who = antecedent.Who; // "killed 13 US service members and wounded 18 others"
        if (who.Length == 0 && category == FigureCategory.Troops
            && (sentence.Turn is not null || HomeActor.Default.RefersToSelf(text, 0, n.Start)))
            who = context.HomeActor; // "the department is deploying approximately 900 additional troops" in a Pentagon briefing
        var where = _setting.Where(text, n.Start, end, lookBefore: category == FigureCategory.Casualties);
        return new Figure(category, measure, ToLong(n.Low), ToLong(n.High), n.Qualifier, who, where, source,
            context.Document.Slice(absStart, absEnd), absStart, absEnd, sentence.Index);
    }

    // Whose people: an actor word inside the noun phrase ("three US service members") or right after "from"/"of"
    // ("16,000 soldiers from the British Army"); for troops, else the sentence's subject actor (not the object of a
    // preposition: "into Israel"), else the source's ("US Defense Department"); for casualties the subject's only
    // when it lost them ("Russian forces have lost 600,000 soldiers"; the subject of "killed" is the killer), the
    // nearest one ("IRNA said Iraqi troops suffered 3,000 casualties").
    private string WhoOf(string text, int start, int end, FigureCategory category, string source)
    {
        var inside = _actors.Find(text, start, end);
        if (inside.Count > 0) return inside[0].Actor;
        if (category != FigureCategory.Other && _actors.OwnerAfter(text, end) is { Length: > 0 } owner) return owner;
        if (category == FigureCategory.Casualties && LossBefore.MatchBefore(text, start, LossWindow, atSpace: true).Success)
            return _actors.NearestSubjectActor(text, 0, start, PrepositionBefore);
        if (category != FigureCategory.Troops) return "";
        return _actors.SubjectActor(text, 0, start, PrepositionBefore) is { Length: > 0 } subject ? subject : _actors.ActorOf(source);
    }

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

    // A run of 19+ digits is no count of anything; saturating keeps the row (and low <= high) instead of throwing.
    private static long? ToLong(decimal? value) => value switch
    {
        null => null,
        > long.MaxValue => long.MaxValue,
        < long.MinValue => long.MinValue,
        { } v => (long)v,
    };
}

/// <summary>The figures before a count: the previous one in its sentence and the latest scored one in this or the previous sentence.</summary>
internal readonly record struct FigureSetting(Figure? Previous, Figure? Recent);
