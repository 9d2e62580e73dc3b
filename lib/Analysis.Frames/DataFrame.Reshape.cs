using Analysis.Frames.Internal;

namespace Analysis.Frames;

public sealed partial class DataFrame
{
    /// <summary>
    /// Counts each distinct value of <paramref name="column"/>: a frame of that column and <c>count</c>, sorted by
    /// count descending, then value ascending (missing values counted as their own row, last among equal counts).
    /// </summary>
    /// <param name="column">The column name.</param>
    public DataFrame ValueCounts(string column)
    {
        var counts = GroupBy(column).Count();
        return counts.SortBy(SortKey.Desc("count"));
    }

    /// <summary>
    /// Returns the first row of each distinct combination of <paramref name="columns"/> (all columns when none are
    /// given), keeping all columns and the original row order.
    /// </summary>
    /// <param name="columns">The columns that define a duplicate.</param>
    public DataFrame Distinct(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var keys = columns.Length == 0 ? _columns : columns.Select(c => this[c]).ToArray();
        if (RowCount == 0 || keys.Length == 0)
        {
            return this;
        }

        var rank = RowOrder.CompositeRank(keys);
        var first = RowOrder.FirstRows(rank.Ranks, rank.RankCount);
        Array.Sort(first);
        return first.Length == RowCount ? this : TakeRows(first);
    }

    /// <summary>
    /// A spreadsheet-style pivot: one row per distinct <paramref name="index"/> value, one column per distinct
    /// <paramref name="columns"/> value (named by its invariant text, in ascending order), each cell the
    /// <paramref name="aggregate"/> of <paramref name="values"/> over the matching rows. With the default
    /// <see cref="AggregateFunction.Count"/> cells count rows; empty combinations are 0 for Count, CountValues,
    /// CountDistinct and Sum, and missing for the other aggregates. Rows whose <paramref name="columns"/> value is missing are left out (they have no column to go to).
    /// </summary>
    /// <param name="index">The column whose values become rows (e.g. "person").</param>
    /// <param name="columns">The column whose values become columns (e.g. "article_id").</param>
    /// <param name="values">The column to aggregate (required unless counting).</param>
    /// <param name="aggregate">The aggregate per cell.</param>
    public DataFrame Pivot(string index, string columns, string? values = null, AggregateFunction aggregate = AggregateFunction.Count)
    {
        var indexColumn = this[index];
        var pivotColumn = this[columns];
        if (values is not null)
        {
            _ = this[values];
        }
        else if (aggregate != AggregateFunction.Count)
        {
            throw new ArgumentException($"Pivot with {aggregate} needs a values column.", nameof(values));
        }

        var kept = Enumerable.Range(0, RowCount).Where(i => !pivotColumn.IsMissing(i)).ToArray();
        var frame = kept.Length == RowCount ? this : TakeRows(kept);
        if (frame.RowCount == 0)
        {
            return Create([indexColumn.Slice(0, 0)], 0);
        }

        var rowRank = frame[index].Rank();
        var columnRank = frame[columns].Rank();
        var width = columnRank.DistinctCount;
        var cellGroups = new int[frame.RowCount];
        for (var i = 0; i < cellGroups.Length; i++)
        {
            cellGroups[i] = rowRank.Ranks[i] * width + columnRank.Ranks[i];
        }

        var cells = GroupAggregator.Compute(
            frame, cellGroups, rowRank.RankCount * width, new Aggregation(aggregate, values, "cells"));
        var firstOfColumn = RowOrder.FirstRows(columnRank.Ranks, width);
        var taken = new HashSet<string>(StringComparer.Ordinal) { index };
        var output = new List<DataColumn> { frame[index].Gather(RowOrder.FirstRows(rowRank.Ranks, rowRank.RankCount)) };
        for (var c = 0; c < width; c++)
        {
            var name = frame[columns].FormatInvariant(firstOfColumn[c]);
            if (!taken.Add(name))
            {
                throw new ArgumentException($"Pivot: the value '{name}' of '{columns}' clashes with another column name.", nameof(columns));
            }

            var rows = Enumerable.Range(0, rowRank.RankCount).Select(r => r * width + c).ToArray();
            output.Add(cells.Gather(rows).WithName(name));
        }

        return Create([.. output], rowRank.RankCount);
    }

    /// <summary>
    /// Stacks frames vertically. Columns are matched by name, in order of first appearance; a frame lacking a column
    /// contributes missing cells; long and double columns of the same name combine as double; other type clashes throw.
    /// </summary>
    /// <param name="frames">The frames, top to bottom.</param>
    public static DataFrame Concat(params DataFrame[] frames) => Concat((IEnumerable<DataFrame>)frames);

    /// <summary>Stacks frames vertically; see <see cref="Concat(DataFrame[])"/>.</summary>
    /// <param name="frames">The frames, top to bottom.</param>
    public static DataFrame Concat(IEnumerable<DataFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var list = frames.ToArray();
        if (list.Length == 0)
        {
            return Empty;
        }

        var names = list.SelectMany(f => f.ColumnNames).Distinct(StringComparer.Ordinal).ToArray();
        var columns = new DataColumn[names.Length];
        for (var c = 0; c < names.Length; c++)
        {
            var name = names[c];
            var present = list.Where(f => f.HasColumn(name)).Select(f => f[name]).ToArray();
            var type = ColumnConcat.CommonType(present.Select(p => p.DataType))
                ?? throw new ArgumentException(
                    $"Concat: column '{name}' has different types: {string.Join(", ", present.Select(p => ColumnTypes.DisplayName(p.DataType)).Distinct())}.",
                    nameof(frames));
            var template = present[0];
            var parts = list.Select(f => f.HasColumn(name) ? f[name] : template.EmptyLike(name, f.RowCount)).ToArray();
            columns[c] = ColumnConcat.Concat(name, type, parts);
        }

        return Create(columns, list.Sum(f => f.RowCount));
    }

    /// <summary>Appends the rows of <paramref name="other"/>; see <see cref="Concat(DataFrame[])"/>.</summary>
    /// <param name="other">The frame to append.</param>
    public DataFrame Concat(DataFrame other) => Concat([this, other]);
}
