namespace Analysis.Frames.Internal;

/// <summary>
/// Dense ranks of a column's cells: equal values share a rank, ranks follow the value order (strings ordinal),
/// and missing cells get rank <see cref="DistinctCount"/> so they sort last. Ranks are the common currency of
/// sort, group-by, distinct, join and pivot: once a column is ranked, every verb works on plain ints.
/// </summary>
internal readonly record struct RankResult(int[] Ranks, int DistinctCount, bool HasMissing)
{
    /// <summary>Number of rank values in use, counting the missing rank when present.</summary>
    public int RankCount => DistinctCount + (HasMissing ? 1 : 0);

    public bool IsMissingRank(int rank) => rank == DistinctCount;
}
