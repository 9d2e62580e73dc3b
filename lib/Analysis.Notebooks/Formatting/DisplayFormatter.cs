using System.Collections;
using System.Globalization;
using System.Text;
using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Formatting;

/// <summary>
/// Turns values into mime bundles for notebook outputs. One formatter belongs to one engine session because charts
/// inline plotly.js only in the first chart's HTML fallback of a session.
/// </summary>
public sealed partial class DisplayFormatter
{
    private const int MaxCollectionItems = 20;
    private int _chartCount;

    /// <summary>Renders <paramref name="value"/> in every mime type it supports; <c>text/plain</c> is always present
    /// except for <see cref="HtmlContent"/>.</summary>
    public MimeBundle Format(object? value) => value switch
    {
        null => MimeBundle.PlainText("<null>"),
        HtmlContent html => MimeBundle.Of((MimeBundle.TextHtml, html.Html)),
        MimeBundle bundle => bundle,
        _ => FormatRich(value) ?? MimeBundle.PlainText(PlainText(value)),
    };

    /// <summary>The next deterministic element id for a chart of this session.</summary>
    private string NextChartId(out bool first)
    {
        var index = Interlocked.Increment(ref _chartCount);
        first = index == 1;
        return "analysis-chart-" + index.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A short readable plain-text rendering: strings as-is, collections as <c>[a, b, …]</c>,
    /// formattable values with the invariant culture, everything else via ToString.</summary>
    public static string PlainText(object? value)
    {
        var builder = new StringBuilder();
        AppendPlain(builder, value, depth: 0);
        return builder.ToString();
    }

    private static void AppendPlain(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append(depth == 0 ? "<null>" : "null");
                break;
            case string text:
                builder.Append(depth == 0 ? text : "\"" + text + "\"");
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal or DateTime or DateOnly or DateTimeOffset or TimeSpan:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items when depth < 3 && !HasOwnToString(value):
                AppendCollection(builder, items, depth);
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendCollection(StringBuilder builder, IEnumerable items, int depth)
    {
        builder.Append('[');
        var count = 0;
        foreach (var item in items)
        {
            if (count > 0)
            {
                builder.Append(", ");
            }
            if (count == MaxCollectionItems)
            {
                builder.Append('…');
                break;
            }
            AppendPlain(builder, item, depth + 1);
            count++;
        }
        builder.Append(']');
    }

    // Collections whose type overrides ToString (our frames, records with custom output) render themselves.
    private static bool HasOwnToString(object value) =>
        value.GetType().GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType is { } declaring
        && declaring != typeof(object) && declaring != typeof(ValueType)
        && !declaring.IsGenericType && declaring.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;
}
