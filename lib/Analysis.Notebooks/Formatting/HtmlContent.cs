namespace Analysis.Notebooks.Formatting;

/// <summary>A piece of HTML that a notebook displays as <c>text/html</c> (what the <c>HTML("…")</c> global returns).</summary>
/// <param name="Html">The markup, inserted into the output as-is.</param>
public sealed record HtmlContent(string Html)
{
    /// <summary>The markup.</summary>
    public override string ToString() => Html;
}
