using System.Globalization;
using Analysis.Extraction.Attribution;
using Analysis.Extraction.People;
using Analysis.Lexicons;
using Analysis.Text;

namespace Analysis.Extraction.Statements;

/// <summary>
/// Finds deployment statements: splits each sentence into clauses (<see cref="ClauseSplitter"/>), finds the
/// stance cues of each (<see cref="StanceCueFinder"/>), keeps one per clause (a denial first, then an alert,
/// then the first verb cue, then the first noun cue), and reads its actor, force, speaker and date.
/// Reporters' questions (a "Q:" turn, a sentence ending in "?") are not statements. Stateless, thread-safe.
/// </summary>
public sealed class StatementRecognizer
{
    private readonly Lexicon _questionLabels = Lexicon.Load("statements/question_labels.txt");
    private readonly Pattern _continuation = PatternLibrary.Load("figures/patterns.yaml").Pattern("continuation");
    private readonly Lexicon _officeCountries = Lexicon.Load("people/office_countries.txt");

    private StatementRecognizer() { }

    /// <summary>The shared recognizer.</summary>
    public static StatementRecognizer Default { get; } = new();

    /// <summary>The statements of the analysed article, in text order (reads quotes, mentions and dates from the context).</summary>
    public IReadOnlyList<Statement> Recognize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var doc = context.Document;
        var result = new List<Statement>();
        var previousActor = "";
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Turn is { } turn && _questionLabels.Contains(turn.Label)) continue;
            var raw = doc.TextOf(sentence);
            if (!StanceCueFinder.Default.MayHaveForce(raw)) continue;
            var text = Normalize(raw);
            if (text.TrimEnd().EndsWith('?') || !StanceCueFinder.Default.HasForce(text)) continue;
            foreach (var (start, end) in ClauseSplitter.Default.Split(text))
            {
                if (Choose(StanceCueFinder.Default.Find(text, start, end, context.IsMilitary)) is not { } cue) continue;
                var setting = new ActorSetting(context.HomeActor, previousActor, sentence.Turn is not null,
                    OfficeHolderActor(context, sentence.Start + start, sentence.Start + cue.Start));
                var statement = Build(context, sentence, text, start, end, cue, setting);
                result.Add(statement);
                if (statement.Actor.Length > 0) previousActor = statement.Actor;
            }
        }
        return result;
    }

    // The actor of the first person named in [start, end) who held a listed office at publication: "Defense Secretary
    // Lloyd Austin put 2,000 troops on alert" → US.
    private string OfficeHolderActor(AnalysisContext context, int start, int end)
    {
        if (context.Document.Article.Published is not { } date) return "";
        foreach (var m in context.Mentions)
        {
            if (m.Start >= end) break;
            if (m.Start >= start && KnownPeople.Default.CountryOf(m.Person, date) is { } country)
                return _officeCountries.ValueOf(country) ?? "";
        }
        return "";
    }

    // One statement per clause: a denial wins (it embeds deployment words), then an alert ("on standby to deploy"),
    // then the first verb cue, then the first noun cue ("the deployment of …").
    private static StanceCue? Choose(List<StanceCue> cues)
    {
        StanceCue? best = null;
        foreach (var c in cues)
            if (best is null || Rank(c) < Rank(best) || (Rank(c) == Rank(best) && c.Start < best.Start)) best = c;
        return best;
    }

    private static int Rank(StanceCue c) => c.Stance switch
    {
        Stance.Deny => 0,
        Stance.Ready => 1,
        _ => c.Verbal ? 2 : 3,
    };

    private Statement Build(AnalysisContext context, Sentence sentence, string text, int start, int end, StanceCue cue, ActorSetting setting)
    {
        int absStart = sentence.Start + start, absEnd = sentence.Start + end;
        var speaker = SpeakerOf(context, sentence, absStart, absEnd);
        var actor = StatementActor.Default.Resolve(text, start, end, cue, speaker, setting);
        var force = StatementActor.Default.ForceOf(cue.Force);
        var (date, dateText) = DateOf(context, sentence, absStart, absEnd, sentence.Start + cue.Start);
        return new Statement(cue.Stance, actor, force, speaker, date, dateText,
            context.Document.Slice(absStart, absEnd), absStart, absEnd, sentence.Index);
    }

    // In a transcript, the speaker of the turn, who makes or reports the statement (SPEC), even when the clause
    // names another source ("Earlier this month, the Secretary announced …"). Else, for a clause that opens inside a
    // quotation, its speaker (the second sentence of "He said: ‘… . We will not send troops.’"); else the attribution of the clause;
    // else that of a following sentence that continues it and is attributed at its end ("Those forces would …,
    // according to a statement by the US Defense Department").
    private string SpeakerOf(AnalysisContext context, Sentence sentence, int start, int end)
    {
        if (sentence.Turn is { } turn && AttributionFinder.Default.SpeakerOfLabel(context, turn.Label) is { } turnSpeaker) return turnSpeaker;
        foreach (var quote in context.Quotes)
            if (quote.Start <= start && start < quote.End && quote.Speaker.Length > 0) return quote.Speaker;
        if (AttributionFinder.Default.Find(context, start, end) is { } own) return own.Name;
        var doc = context.Document;
        if (sentence.Index + 1 >= doc.Sentences.Count) return "";
        var next = doc.Sentences[sentence.Index + 1];
        if (next.Paragraph != sentence.Paragraph || !_continuation.IsMatch(doc.TextOf(next))) return "";
        return AttributionFinder.Default.Find(context, next.Start, next.End)?.Name ?? "";
    }

    // The clause's temporal expression nearest the cue; else the last one before the clause in its sentence
    // ("… in late 2021, keeping troops on the ground"); else the publication date (and no date text).
    private static (string Date, string Text) DateOf(AnalysisContext context, Sentence sentence, int start, int end, int cue)
    {
        TemporalExpression? best = null, before = null;
        foreach (var d in context.Dates)
        {
            if (d.Sentence != sentence.Index) continue;
            if (d.Start >= start && d.End <= end)
            {
                if (best is null || Math.Abs(d.Start - cue) < Math.Abs(best.Start - cue)) best = d;
            }
            else if (d.End <= start) before = d;
        }
        if ((best ?? before) is { } chosen) return (chosen.Value, chosen.Text);
        var published = context.Document.Article.Published;
        return (published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", "");
    }

    // Quotation marks become spaces (same length, so offsets hold): “on standby” reads as a phrase of the clause. A
    // sentence without any is its own string, whose trigger words are read already (TriggerIndex).
    private static string Normalize(string text) => text.AsSpan().IndexOfAny(QuotationMarks) < 0 ? text :
        string.Create(text.Length, text, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
                span[i] = QuotationMarks.Contains(src[i]) ? ' ' : src[i];
        });

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("“”\"«»");
}
