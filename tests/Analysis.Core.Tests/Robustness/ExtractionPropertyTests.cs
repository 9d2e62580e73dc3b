using System.Globalization;
using System.Text.Json;
using Analysis.Articles;
using Analysis.Extraction;
using Analysis.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Core.Tests.Robustness;

/// <summary>
/// Properties of the segmenter and every extractor over generated news-like text: they never throw,
/// spans lie inside the text and in order, ranges have low &lt;= high, every date is a valid date,
/// and the same input always gives the same output.
/// </summary>
public sealed class ExtractionPropertyTests
{
    // Enough cases to reach odd corners; each property stays well under ten seconds.
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static Article ArticleOf((string Text, DateOnly? Published) a) => new("p", a.Text) { Published = a.Published };

    [Fact]
    public void Segmenter_sentences_are_ordered_disjoint_spans_inside_the_text()
    {
        Check.One(Cases, Prop.ForAll(NewsText.Articles, a =>
        {
            var text = a.Text;
            var doc = Segmenter.Default.Segment(ArticleOf(a));
            var previousEnd = 0;
            var previousParagraph = 0;
            for (var i = 0; i < doc.Sentences.Count; i++)
            {
                var s = doc.Sentences[i];
                Require(s.Index == i, $"sentence {i} has index {s.Index}");
                Require(previousEnd <= s.Start && s.Start < s.End && s.End <= text.Length, $"sentence {i} [{s.Start},{s.End}) after {previousEnd} in {text.Length}");
                Require(s.Paragraph >= previousParagraph, $"sentence {i} paragraph goes back");
                Require(!char.IsWhiteSpace(text[s.Start]) && !char.IsWhiteSpace(text[s.End - 1]), $"sentence {i} is not trimmed");
                (previousEnd, previousParagraph) = (s.End, s.Paragraph);
            }
            foreach (var t in doc.Turns)
                Require(0 <= t.LabelStart && t.LabelStart < t.LabelEnd && t.LabelEnd <= t.End && t.End <= text.Length, $"turn {t}");
            // Every non-blank character outside speaker labels is in some sentence.
            var covered = doc.Sentences.Sum(s => text.AsSpan(s.Start, s.Length).Length);
            Require(covered <= text.Length, "sentences overlap");
        }));
    }

    [Fact]
    public void Extractors_give_valid_spans_ranges_and_dates()
    {
        Check.One(Cases, Prop.ForAll(NewsText.Articles, a =>
        {
            var r = ExtractionPipeline.Default.Analyze(ArticleOf(a));
            var n = a.Text.Length;
            var sentences = r.Sentences.Count;
            void Span(string what, int start, int end, int sentence)
            {
                Require(0 <= start && start <= end && end <= n, $"{what} [{start},{end}) outside text of {n}");
                Require(0 <= sentence && sentence < Math.Max(1, sentences), $"{what} sentence {sentence} of {sentences}");
            }
            Ordered("mentions", r.Mentions.Select(m => m.Start));
            Ordered("quotes", r.Quotes.Select(q => q.Start));
            Ordered("figures", r.Figures.Select(f => f.Start));
            Ordered("statements", r.Statements.Select(s => s.Start));
            Ordered("dates", r.Dates.Select(d => d.Start));
            foreach (var m in r.Mentions)
            {
                Span("mention", m.Start, m.End, m.Sentence);
                Require(m.Person.Length > 0 && m.Surface.Length > 0, $"empty mention {m}");
            }
            foreach (var q in r.Quotes) Span("quote", q.Start, q.End, q.Sentence);
            foreach (var f in r.Figures)
            {
                Span("figure", f.Start, f.End, f.Sentence);
                Require(f.Low is null || f.High is null || f.Low <= f.High, $"figure low > high: {f}");
                Require(f.Low is null or >= 0 && f.High is null or >= 0, $"negative figure: {f}");
            }
            foreach (var s in r.Statements)
            {
                Span("statement", s.Start, s.End, s.Sentence);
                Require(s.Date.Length == 0 || IsDateValue(s.Date), $"statement date '{s.Date}'");
            }
            foreach (var d in r.Dates)
            {
                Span("date", d.Start, d.End, d.Sentence);
                Require(IsDateValue(d.Value), $"date value '{d.Value}' for '{d.Text}'");
            }
        }));
    }

    [Fact]
    public void The_same_input_always_gives_the_same_output()
    {
        Check.One(Cases.WithMaxTest(100), Prop.ForAll(NewsText.Articles, a =>
        {
            var first = Serialize(ExtractionPipeline.Default.Analyze(ArticleOf(a)));
            var second = Serialize(ExtractionPipeline.Default.Analyze(ArticleOf(a)));
            Require(first == second, "two runs differ");
        }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uD800")]
    [InlineData("“")]
    [InlineData("MR. KIRBY:\nQ:\n")]
    [InlineData("Feb. 29 Sept. 31 March 32")]
    public void Edge_cases_extract_without_throwing(string text)
    {
        var r = ExtractionPipeline.Default.Analyze(new Article("e", text) { Published = new DateOnly(2023, 2, 28) });
        Assert.All(r.Dates, d => Assert.True(IsDateValue(d.Value), d.Value));
    }

    // Found by the property above: a number of 19+ digits overflowed the conversion to long.
    [Fact]
    public void Huge_numbers_do_not_overflow()
    {
        var r = ExtractionPipeline.Default.Analyze(new Article("e", "99999999999999999999 troops were killed.") { Published = new DateOnly(2023, 2, 28) });
        Assert.All(r.Figures, f => Assert.True(f.Low is null || f.High is null || f.Low <= f.High));
    }

    private static string Serialize(ArticleResult r) =>
        JsonSerializer.Serialize(new { r.Sentences, r.Mentions, r.Quotes, r.Figures, r.Statements, r.Dates });

    private static void Ordered(string what, IEnumerable<int> starts)
    {
        var previous = int.MinValue;
        foreach (var s in starts)
        {
            Require(s >= previous, $"{what} out of order: {s} after {previous}");
            previous = s;
        }
    }

    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY that exist on the calendar, or START/END of two such.</summary>
    internal static bool IsDateValue(string value)
    {
        var parts = value.Split('/');
        if (parts.Length == 2) return IsDateValue(parts[0]) && IsDateValue(parts[1]) && string.CompareOrdinal(parts[0], parts[1]) <= 0;
        return value.Length switch
        {
            10 => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            7 => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            4 => DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new InvalidOperationException(message);
    }
}
