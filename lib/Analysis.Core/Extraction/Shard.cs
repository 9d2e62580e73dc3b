using System.Globalization;

namespace Analysis.Extraction;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>: the input items whose 0-based position <c>i</c> in the input
/// satisfies <c>i % Count == Index - 1</c>. Round-robin (not contiguous ranges) keeps shards balanced without
/// knowing the input size, and lets a merge interleave shard outputs back into input order.
/// </summary>
/// <param name="Index">1-based shard number (K in "K/N").</param>
/// <param name="Count">Number of shards (N in "K/N").</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The whole input as one shard.</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>True when the item at 0-based input position <paramref name="position"/> belongs to this shard.</summary>
    public bool Includes(long position) => position % Count == Index - 1;

    /// <summary>The 0-based input position of this shard's <paramref name="nth"/> item (0-based).</summary>
    public long InputPosition(long nth) => nth * Count + Index - 1;

    /// <summary>Parses "K/N" (1 ≤ K ≤ N).</summary>
    /// <exception cref="FormatException">The text is not K/N with 1 ≤ K ≤ N.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var shard)
            ? shard
            : throw new FormatException($"shard '{text}' is not K/N with 1 <= K <= N (for example 2/8)");
    }

    /// <summary>Parses "K/N" (1 ≤ K ≤ N); false when the text is anything else.</summary>
    public static bool TryParse(string? text, out Shard shard)
    {
        shard = All;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || k < 1 || n < 1 || k > n) return false;
        shard = new Shard(k, n);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";
}
