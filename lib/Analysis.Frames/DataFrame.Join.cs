using Analysis.Frames.Internal;

namespace Analysis.Frames;

public sealed partial class DataFrame
{
    /// <summary>Joins with <paramref name="other"/> on one key column present in both frames.</summary>
    /// <param name="other">The right frame.</param>
    /// <param name="on">The key column name.</param>
    /// <param name="kind">Which rows to keep.</param>
    /// <param name="rightSuffix">Appended to right-hand column names that clash with left-hand ones.</param>
    public DataFrame Join(DataFrame other, string on, JoinKind kind = JoinKind.Inner, string rightSuffix = "_right")
    {
        ArgumentNullException.ThrowIfNull(on);
        return Join(other, [on], kind, rightSuffix);
    }

    /// <summary>
    /// Joins with <paramref name="other"/> on key columns present in both frames (SQL semantics: a missing key never
    /// matches). Output rows follow the left frame's order, each left row's matches in right order; an outer join
    /// appends unmatched right rows at the end. Columns: all left columns, then the right non-key columns (clashing
    /// names get <paramref name="rightSuffix"/>). Long and double keys match by numeric value.
    /// </summary>
    /// <param name="other">The right frame.</param>
    /// <param name="on">The key column names.</param>
    /// <param name="kind">Which rows to keep.</param>
    /// <param name="rightSuffix">Appended to right-hand column names that clash with left-hand ones.</param>
    public DataFrame Join(DataFrame other, IReadOnlyList<string> on, JoinKind kind = JoinKind.Inner, string rightSuffix = "_right")
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(on);
        ArgumentNullException.ThrowIfNull(rightSuffix);
        if (on.Count == 0)
        {
            throw new ArgumentException("Join needs at least one key column.", nameof(on));
        }

        var n = RowCount;
        var keys = on.Select(k => JoinKey(k, this[k], other[k])).ToArray();
        var rank = RowOrder.CompositeRank(keys);
        var noMatch = new bool[n + other.RowCount];
        foreach (var key in keys)
        {
            for (var i = 0; i < noMatch.Length; i++)
            {
                noMatch[i] |= key.IsMissing(i);
            }
        }

        var (leftRows, rightRows) = MatchRows(rank, noMatch, n, other.RowCount, kind);
        var keySet = on.ToHashSet(StringComparer.Ordinal);
        var columns = new List<DataColumn>();
        foreach (var column in _columns)
        {
            if (keySet.Contains(column.Name))
            {
                // Key cells come from the left row, or from the right row where only the right side has one.
                var source = keys[on.ToList().IndexOf(column.Name)];
                var rows = leftRows.Select((l, i) => l >= 0 ? l : n + rightRows[i]).ToArray();
                columns.Add(source.Gather(rows).WithName(column.Name));
            }
            else
            {
                columns.Add(column.Gather(leftRows));
            }
        }

        var taken = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var column in other._columns.Where(c => !keySet.Contains(c.Name)))
        {
            var name = taken.Contains(column.Name) ? column.Name + rightSuffix : column.Name;
            if (!taken.Add(name))
            {
                throw new ArgumentException($"Join: right column '{column.Name}' clashes with left column '{name}' even with suffix '{rightSuffix}'.", nameof(rightSuffix));
            }

            columns.Add(column.Gather(rightRows).WithName(name));
        }

        return Create([.. columns], leftRows.Length);
    }

    private static DataColumn JoinKey(string name, DataColumn left, DataColumn right)
    {
        var type = ColumnConcat.CommonType([left.DataType, right.DataType])
            ?? throw new ArgumentException(
                $"Join key '{name}' is {ColumnTypes.DisplayName(left.DataType)} on the left but {ColumnTypes.DisplayName(right.DataType)} on the right.");
        return ColumnConcat.Concat(name, type, [left, right]);
    }

    private static (int[] Left, int[] Right) MatchRows(RankResult rank, bool[] noMatch, int n, int m, JoinKind kind)
    {
        // Bucket right rows by key rank (counting sort keeps right order inside each bucket).
        var offsets = new int[rank.RankCount + 1];
        for (var j = 0; j < m; j++)
        {
            if (!noMatch[n + j])
            {
                offsets[rank.Ranks[n + j] + 1]++;
            }
        }

        for (var r = 0; r < rank.RankCount; r++)
        {
            offsets[r + 1] += offsets[r];
        }

        var bucket = new int[offsets[rank.RankCount]];
        var fill = (int[])offsets.Clone();
        for (var j = 0; j < m; j++)
        {
            if (!noMatch[n + j])
            {
                bucket[fill[rank.Ranks[n + j]]++] = j;
            }
        }

        var left = new List<int>();
        var right = new List<int>();
        var rightUsed = new bool[m];
        for (var i = 0; i < n; i++)
        {
            var matched = false;
            if (!noMatch[i])
            {
                var r = rank.Ranks[i];
                for (var b = offsets[r]; b < offsets[r + 1]; b++)
                {
                    left.Add(i);
                    right.Add(bucket[b]);
                    rightUsed[bucket[b]] = true;
                    matched = true;
                }
            }

            if (!matched && kind != JoinKind.Inner)
            {
                left.Add(i);
                right.Add(-1);
            }
        }

        if (kind == JoinKind.Outer)
        {
            for (var j = 0; j < m; j++)
            {
                if (!rightUsed[j])
                {
                    left.Add(-1);
                    right.Add(j);
                }
            }
        }

        return ([.. left], [.. right]);
    }
}
