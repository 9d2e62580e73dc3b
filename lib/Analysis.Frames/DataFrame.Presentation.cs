using Analysis.Frames.Presentation;

namespace Analysis.Frames;

public sealed partial class DataFrame
{
    /// <summary>A fixed-width text preview of the first 10 rows, then "… N more rows".</summary>
    public override string ToString() => ToString(10);

    /// <summary>A fixed-width text preview of the first <paramref name="maxRows"/> rows, then "… N more rows".</summary>
    /// <param name="maxRows">The number of rows to show.</param>
    public string ToString(int maxRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        return TextRenderer.Render(this, maxRows);
    }

    /// <summary>
    /// An HTML preview: <c>&lt;table class="analysis-frame"&gt;</c> with the first <paramref name="maxRows"/> rows, names
    /// and types in the header, a caption with the shape, and a small class-scoped style. Every cell is HTML-escaped.
    /// </summary>
    /// <param name="maxRows">The number of rows to show.</param>
    public string ToHtml(int maxRows = 50)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        return HtmlRenderer.Render(this, maxRows);
    }
}
