using Analysis.Charts.Rendering;

namespace Analysis.Charts;

/// <summary>
/// A typed plotly.js figure: traces, layout and config. Build one with the static factories
/// (<c>Chart.Bar(x, y)</c>, <c>Chart.Line(dates, y)</c>, <c>Chart.Timeline(...)</c>, …), style it with the fluent
/// <c>With…</c> methods of <see cref="ChartExtensions"/>, then render it with <see cref="ToJson"/>,
/// <see cref="ToHtmlFragment"/>, <see cref="ToHtmlPage"/> or export it with <see cref="ChartExport"/>.
/// Two charts are equal when they serialise to the same JSON.
/// </summary>
public sealed partial record Chart
{
    /// <summary>Creates a chart from traces, a layout and a config.</summary>
    public Chart(IEnumerable<Trace> data, Layout? layout = null, Config? config = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data.ToArray();
        foreach (var trace in Data) ArgumentNullException.ThrowIfNull(trace, nameof(data));
        Layout = layout ?? ChartTheme.DefaultLayout;
        Config = config ?? ChartTheme.DefaultConfig;
    }

    /// <summary>The traces, drawn in order.</summary>
    public IReadOnlyList<Trace> Data { get; init; }

    /// <summary>Title, axes, legend, size and colours.</summary>
    public Layout Layout { get; init; }

    /// <summary>Interaction options.</summary>
    public Config Config { get; init; }

    /// <summary>
    /// The plotly.js figure JSON <c>{"data":[…],"layout":{…},"config":{…}}</c>: compact, keys in a fixed order,
    /// null attributes omitted, numbers and dates culture-invariant.
    /// </summary>
    public string ToJson() => ChartJson.Serialize(this);

    /// <summary>
    /// An HTML fragment: a <c>&lt;div id=divId&gt;</c> and a script calling <c>Plotly.newPlot</c>. With
    /// <paramref name="includePlotlyJs"/> the plotly.js library is inlined first (and only evaluated when
    /// <c>window.Plotly</c> is not yet defined), so the fragment works offline on its own.
    /// </summary>
    /// <param name="divId">The element id: a letter followed by letters, digits, '-', '_' (no quotes or spaces).</param>
    /// <param name="includePlotlyJs">Whether to inline plotly.js (about 4.8 MB).</param>
    /// <exception cref="PlotlyJsNotFoundException">plotly.js was requested but is not installed.</exception>
    public string ToHtmlFragment(string divId, bool includePlotlyJs) => ChartHtml.Fragment(this, divId, includePlotlyJs);

    /// <summary>A complete self-contained HTML page with plotly.js inlined (no network access needed).</summary>
    /// <param name="title">The page title; defaults to the chart title.</param>
    /// <exception cref="PlotlyJsNotFoundException">plotly.js is not installed.</exception>
    public string ToHtmlPage(string? title = null) => ChartHtml.Page(this, title);

    /// <summary>Equality by figure JSON, so charts built the same way compare equal.</summary>
    public bool Equals(Chart? other) => other is not null && ToJson() == other.ToJson();

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToJson());
}
