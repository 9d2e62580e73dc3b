namespace Analysis.Frames.Internal;

/// <summary>
/// Row orderings and groupings built from dense ranks. Combining per-column ranks into one composite rank turns
/// multi-column sorts, group-bys and distincts into integer work, which is what keeps 1M-row verbs interactive.
/// </summary>
internal static class RowOrder
{
    /// <summary>
    /// A dense composite rank over several columns: rows with equal values in every column share a rank, and ranks
    /// follow the lexicographic order of the columns (missing last in each).
    /// </summary>
    public static RankResult CompositeRank(IReadOnlyList<DataColumn> columns, IReadOnlyList<bool>? descending = null)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("At least one column is required.", nameof(columns));
        }

        var result = Oriented(columns[0].Rank(), descending?[0] ?? false);
        for (var k = 1; k < columns.Count; k++)
        {
            result = Combine(result, Oriented(columns[k].Rank(), descending?[k] ?? false));
        }

        return result;
    }

    /// <summary>A stable permutation sorting rows by the given ranks.</summary>
    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int[] Permutation(int[] ranks)
    {
        // Packing (rank, row) into one long makes the primitive sort stable and avoids a comparison delegate.
        var packed = new long[ranks.Length];
        for (var i = 0; i < ranks.Length; i++)
        {
            packed[i] = ((long)ranks[i] << 32) | (uint)i;
        }

        Array.Sort(packed);
        var rows = new int[ranks.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (int)(packed[i] & 0xFFFFFFFF);
        }

        return rows;
    }

    /// <summary>The first row of each rank (ranks must be dense).</summary>
    public static int[] FirstRows(int[] ranks, int rankCount)
    {
        var first = new int[rankCount];
        Array.Fill(first, -1);
        for (var i = 0; i < ranks.Length; i++)
        {
            if (first[ranks[i]] < 0)
            {
                first[ranks[i]] = i;
            }
        }

        return first;
    }

    /// <summary>Flips the order of non-missing ranks; missing stays last either way (like pandas' na_position="last").</summary>
    private static RankResult Oriented(RankResult rank, bool descending)
    {
        if (!descending)
        {
            return rank;
        }

        var flipped = new int[rank.Ranks.Length];
        var top = rank.DistinctCount - 1;
        for (var i = 0; i < flipped.Length; i++)
        {
            var r = rank.Ranks[i];
            flipped[i] = r == rank.DistinctCount ? r : top - r;
        }

        return rank with { Ranks = flipped };
    }

    /// <summary>Composite of two rankings: order by <paramref name="major"/>, then <paramref name="minor"/>, re-densified.</summary>
    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static RankResult Combine(RankResult major, RankResult minor)
    {
        var n = major.Ranks.Length;
        long width = minor.RankCount;
        var combined = new long[n];
        for (var i = 0; i < n; i++)
        {
            combined[i] = major.Ranks[i] * width + minor.Ranks[i];
        }

        var distinct = (long[])combined.Clone();
        Array.Sort(distinct);
        var count = 0;
        for (var i = 0; i < distinct.Length; i++)
        {
            if (i == 0 || distinct[i] != distinct[count - 1])
            {
                distinct[count++] = distinct[i];
            }
        }

        var ranks = new int[n];
        for (var i = 0; i < n; i++)
        {
            ranks[i] = Array.BinarySearch(distinct, 0, count, combined[i]);
        }

        // A composite has no separate "missing" rank: a row missing in one column still has a place in the order.
        return new RankResult(ranks, count, false);
    }
}
