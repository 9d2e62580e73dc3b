using System.Globalization;

namespace Analysis.Charts;

/// <summary>What a reported figure says about the true value.</summary>
public enum RangeKind
{
    /// <summary>An exact value ("1,100 troops").</summary>
    Exact,
    /// <summary>A closed range ("between 1,000 and 1,500").</summary>
    Between,
    /// <summary>An open-ended lower bound ("at least 1,100", "more than 1,100").</summary>
    AtLeast,
    /// <summary>An upper bound ("up to 1,100", "fewer than 1,100").</summary>
    AtMost,
    /// <summary>A hedged estimate ("about 1,100", "nearly 1,100").</summary>
    Approximate,
}

/// <summary>
/// One reported figure for <see cref="Chart.Spans(IEnumerable{ValueRange})"/>: a label (the claim, source or date) and what is known about
/// the value. Use the factories: <c>ValueRange.AtLeast("Reuters, 3 May", 1100)</c>.
/// </summary>
public sealed record ValueRange
{
    private ValueRange(string label, double? low, double? high, RangeKind kind)
    {
        ArgumentNullException.ThrowIfNull(label);
        foreach (var (value, name) in new[] { (low, nameof(low)), (high, nameof(high)) })
        {
            if (value is { } v && !double.IsFinite(v)) throw new ArgumentOutOfRangeException(name, v, "Figures must be finite.");
        }
        if (low > high) throw new ArgumentException($"Range '{label}' has low {low} above high {high}.", nameof(low));
        (Label, Low, High, Kind) = (label, low, high, kind);
    }

    /// <summary>The row label.</summary>
    public string Label { get; }

    /// <summary>The lower bound, or null when open (at most).</summary>
    public double? Low { get; }

    /// <summary>The upper bound, or null when open (at least).</summary>
    public double? High { get; }

    /// <summary>What kind of statement the figure is.</summary>
    public RangeKind Kind { get; }

    /// <summary>An exact figure.</summary>
    public static ValueRange Exact(string label, double value) => new(label, value, value, RangeKind.Exact);

    /// <summary>A figure between two bounds.</summary>
    public static ValueRange Between(string label, double low, double high) => new(label, low, high, RangeKind.Between);

    /// <summary>An open-ended figure: at least <paramref name="low"/>.</summary>
    public static ValueRange AtLeast(string label, double low) => new(label, low, null, RangeKind.AtLeast);

    /// <summary>A capped figure: at most <paramref name="high"/>.</summary>
    public static ValueRange AtMost(string label, double high) => new(label, null, high, RangeKind.AtMost);

    /// <summary>A hedged estimate around <paramref name="value"/>.</summary>
    public static ValueRange About(string label, double value) => new(label, value, value, RangeKind.Approximate);

    /// <summary>Plain-English description used in hover boxes: "at least 1,100", "1,000–1,500".</summary>
    public string Describe() => Kind switch
    {
        RangeKind.Exact => N(Low),
        RangeKind.Between => $"{N(Low)}–{N(High)}",
        RangeKind.AtLeast => $"at least {N(Low)}",
        RangeKind.AtMost => $"at most {N(High)}",
        _ => $"about {N(Low)}",
    };

    private static string N(double? value) => value!.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
