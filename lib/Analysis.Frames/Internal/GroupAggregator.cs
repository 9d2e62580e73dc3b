namespace Analysis.Frames.Internal;

/// <summary>Computes one aggregate per group, given each row's dense group id.</summary>
internal static class GroupAggregator
{
    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static DataColumn Compute(DataFrame source, int[] groups, int groupCount, Aggregation aggregation)
    {
        if (aggregation.Function == AggregateFunction.Count)
        {
            var counts = new long[groupCount];
            foreach (var g in groups)
            {
                counts[g]++;
            }

            return new DataColumn<long>(aggregation.Name, counts, null);
        }

        var column = source[aggregation.Column
            ?? throw new ArgumentException($"Aggregation {aggregation.Function} needs a column.", nameof(aggregation))];
        return aggregation.Function switch
        {
            AggregateFunction.CountValues => CountValues(column, groups, groupCount, aggregation.Name),
            AggregateFunction.CountDistinct => CountDistinct(column, groups, groupCount, aggregation.Name),
            AggregateFunction.Sum => Sum(column, groups, groupCount, aggregation.Name),
            AggregateFunction.Mean => Mean(column, groups, groupCount, aggregation.Name),
            AggregateFunction.Median => Median(column, groups, groupCount, aggregation.Name),
            AggregateFunction.Min => Pick(column, groups, groupCount, aggregation.Name, PickMin),
            AggregateFunction.Max => Pick(column, groups, groupCount, aggregation.Name, PickMax),
            AggregateFunction.First => Pick(column, groups, groupCount, aggregation.Name, PickFirst),
            AggregateFunction.Last => Pick(column, groups, groupCount, aggregation.Name, PickLast),
            _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation.Function, "Unknown aggregate."),
        };
    }

    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static DataColumn CountValues(DataColumn column, int[] groups, int groupCount, string name)
    {
        var counts = new long[groupCount];
        for (var i = 0; i < groups.Length; i++)
        {
            if (!column.IsMissing(i))
            {
                counts[groups[i]]++;
            }
        }

        return new DataColumn<long>(name, counts, null);
    }

    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static DataColumn CountDistinct(DataColumn column, int[] groups, int groupCount, string name)
    {
        var rank = column.Rank();
        var seen = new HashSet<long>();
        var counts = new long[groupCount];
        for (var i = 0; i < groups.Length; i++)
        {
            if (!column.IsMissing(i) && seen.Add(((long)groups[i] << 32) | (uint)rank.Ranks[i]))
            {
                counts[groups[i]]++;
            }
        }

        return new DataColumn<long>(name, counts, null);
    }

    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static DataColumn Sum(DataColumn column, int[] groups, int groupCount, string name)
    {
        switch (column)
        {
            case DataColumn<long> longs:
            {
                var sums = new long[groupCount];
                for (var i = 0; i < groups.Length; i++)
                {
                    if (!longs.IsMissing(i))
                    {
                        sums[groups[i]] += longs.Data[i];
                    }
                }

                return new DataColumn<long>(name, sums, null);
            }

            case DataColumn<bool> bools:
            {
                var sums = new long[groupCount];
                for (var i = 0; i < groups.Length; i++)
                {
                    if (!bools.IsMissing(i) && bools.Data[i])
                    {
                        sums[groups[i]]++;
                    }
                }

                return new DataColumn<long>(name, sums, null);
            }

            default:
            {
                var values = Numbers(column, "Sum");
                var sums = new double[groupCount];
                for (var i = 0; i < groups.Length; i++)
                {
                    if (!column.IsMissing(i))
                    {
                        sums[groups[i]] += values[i];
                    }
                }

                return new DataColumn<double>(name, sums, null);
            }
        }
    }

    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static DataColumn Mean(DataColumn column, int[] groups, int groupCount, string name)
    {
        var values = Numbers(column, "Mean");
        var sums = new double[groupCount];
        var counts = new long[groupCount];
        for (var i = 0; i < groups.Length; i++)
        {
            if (!column.IsMissing(i))
            {
                sums[groups[i]] += values[i];
                counts[groups[i]]++;
            }
        }

        MissingMask? missing = null;
        for (var g = 0; g < groupCount; g++)
        {
            if (counts[g] == 0)
            {
                (missing ??= new MissingMask(groupCount)).Set(g);
            }
            else
            {
                sums[g] /= counts[g];
            }
        }

        return new DataColumn<double>(name, sums, missing);
    }

    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static DataColumn Median(DataColumn column, int[] groups, int groupCount, string name)
    {
        var values = Numbers(column, "Median");

        // Bucket the values by group (counting sort), then sort each bucket: O(n log n) overall.
        var offsets = new int[groupCount + 1];
        for (var i = 0; i < groups.Length; i++)
        {
            if (!column.IsMissing(i))
            {
                offsets[groups[i] + 1]++;
            }
        }

        for (var g = 0; g < groupCount; g++)
        {
            offsets[g + 1] += offsets[g];
        }

        var buckets = new double[offsets[groupCount]];
        var fill = (int[])offsets.Clone();
        for (var i = 0; i < groups.Length; i++)
        {
            if (!column.IsMissing(i))
            {
                buckets[fill[groups[i]]++] = values[i];
            }
        }

        var medians = new double[groupCount];
        MissingMask? missing = null;
        for (var g = 0; g < groupCount; g++)
        {
            var span = buckets.AsSpan(offsets[g], offsets[g + 1] - offsets[g]);
            if (span.Length == 0)
            {
                (missing ??= new MissingMask(groupCount)).Set(g);
                continue;
            }

            span.Sort();
            var mid = span.Length / 2;
            medians[g] = span.Length % 2 == 1 ? span[mid] : (span[mid - 1] + span[mid]) / 2;
        }

        return new DataColumn<double>(name, medians, missing);
    }

    private delegate bool Better(int candidateRow, int currentRow, int[]? ranks);

    private static bool PickMin(int candidate, int current, int[]? ranks) => ranks![candidate] < ranks[current];

    private static bool PickMax(int candidate, int current, int[]? ranks) => ranks![candidate] > ranks[current];

    private static bool PickFirst(int candidate, int current, int[]? ranks) => false;

    private static bool PickLast(int candidate, int current, int[]? ranks) => true;

    /// <summary>Chooses one non-missing row per group (by rank for min/max, by position for first/last).</summary>
    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static DataColumn Pick(DataColumn column, int[] groups, int groupCount, string name, Better better)
    {
        var ranks = better == PickMin || better == PickMax ? column.Rank().Ranks : null;
        var chosen = new int[groupCount];
        Array.Fill(chosen, -1);
        for (var i = 0; i < groups.Length; i++)
        {
            if (column.IsMissing(i))
            {
                continue;
            }

            var g = groups[i];
            if (chosen[g] < 0 || better(i, chosen[g], ranks))
            {
                chosen[g] = i;
            }
        }

        return column.Gather(chosen).WithName(name);
    }

    private static double[] Numbers(DataColumn column, string verb) => column switch
    {
        DataColumn<double> doubles => doubles.Data,
        DataColumn<long> longs => Array.ConvertAll(longs.Data, v => (double)v),
        DataColumn<bool> bools => Array.ConvertAll(bools.Data, v => v ? 1.0 : 0.0),
        _ => throw new ArgumentException(
            $"{verb} needs a numeric column; '{column.Name}' holds {ColumnTypes.DisplayName(column.DataType)} values."),
    };
}
