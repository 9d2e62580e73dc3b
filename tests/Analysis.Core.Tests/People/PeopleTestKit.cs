using Analysis.Articles;
using Analysis.Extraction;
using Analysis.Extraction.People;
using Analysis.Extraction.Quotes;
using Analysis.Text;

namespace Analysis.Core.Tests.People;

/// <summary>Runs the people and quote steps on a text written for a test.</summary>
internal static class PeopleTestKit
{
    public static AnalysisContext Run(string text, DateOnly? published = null)
    {
        var context = new AnalysisContext(Segmenter.Default.Segment(new Article("t", text) { Published = published ?? new DateOnly(2024, 9, 25) }));
        new PeopleStep().Run(context);
        new QuoteStep().Run(context);
        return context;
    }

    /// <summary>"Person=surface" for each name mention, in text order.</summary>
    public static string[] Names(string text, DateOnly? published = null) =>
        Run(text, published).Mentions.Where(m => m.Kind == MentionKind.Name).Select(m => $"{m.Person}={m.Surface}").ToArray();
}
