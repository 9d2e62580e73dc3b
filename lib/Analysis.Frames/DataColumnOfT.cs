using System.Diagnostics.CodeAnalysis;
using Analysis.Frames.Internal;

namespace Analysis.Frames;

/// <summary>
/// A typed column. Values live in one array plus a missing-cell bitmap (absent when nothing is missing).
/// </summary>
/// <typeparam name="T">string, long, double, bool, DateOnly or DateTime.</typeparam>
public sealed class DataColumn<T> : DataColumn
{
    // string sorts ordinal so output never depends on culture; other types use their natural order.
    private static readonly IComparer<T> Order =
        typeof(T) == typeof(string) ? (IComparer<T>)(object)StringComparer.Ordinal : Comparer<T>.Default;

    internal DataColumn(string name, T[] data, MissingMask? missing)
        : base(name, data.Length)
    {
        Data = data;
        Missing = missing;
    }

    /// <inheritdoc />
    public override Type DataType => typeof(T);

    /// <inheritdoc />
    public override int MissingCount => Missing?.Count() ?? 0;

    /// <summary>The cell values; a missing cell yields <c>default</c> (null for string, 0 for numbers, …).</summary>
    public IEnumerable<T?> Values
    {
        get
        {
            for (var i = 0; i < Data.Length; i++)
            {
                yield return IsMissing(i) ? default : Data[i];
            }
        }
    }

    /// <summary>Cell storage; slots of missing cells hold <c>default</c>.</summary>
    internal T[] Data { get; }

    internal MissingMask? Missing { get; }

    /// <summary>
    /// The value of a cell; a missing cell yields <c>default</c> (null for string, 0 for numbers), so use
    /// <see cref="TryGetValue"/> or <see cref="DataColumn.IsMissing"/> where 0 and missing must differ.
    /// </summary>
    /// <param name="row">Zero-based row index.</param>
    public T? GetValue(int row)
    {
        if ((uint)row >= (uint)Data.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"Column '{Name}' has {Length} rows.");
        }

        return IsMissing(row) ? default : Data[row];
    }

    /// <summary>Gets the value of a cell when it is not missing.</summary>
    /// <param name="row">Zero-based row index.</param>
    /// <param name="value">The value, or <c>default</c> when missing.</param>
    /// <returns><c>true</c> when the cell has a value.</returns>
    public bool TryGetValue(int row, [MaybeNullWhen(false)] out T value)
    {
        if (IsMissing(row))
        {
            value = default;
            return false;
        }

        value = Data[row];
        return true;
    }

    /// <inheritdoc />
    public override bool IsMissing(int row) => Missing is not null && Missing[row];

    internal override object GetBoxed(int row) => Data[row]!;

    internal override DataColumn WithName(string name) => new DataColumn<T>(name, Data, Missing);

    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal override DataColumn Gather(ReadOnlySpan<int> rows)
    {
        var data = new T[rows.Length];
        MissingMask? missing = null;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row < 0 || IsMissing(row))
            {
                (missing ??= new MissingMask(rows.Length)).Set(i);
            }
            else
            {
                data[i] = Data[row];
            }
        }

        return new DataColumn<T>(Name, data, missing);
    }

    internal override DataColumn Slice(int start, int length)
    {
        var data = Data.AsSpan(start, length).ToArray();
        if (Missing is null)
        {
            return new DataColumn<T>(Name, data, null);
        }

        var missing = new MissingMask(length);
        for (var i = 0; i < length; i++)
        {
            if (Missing[start + i])
            {
                missing.Set(i);
            }
        }

        return new DataColumn<T>(Name, data, missing.NullIfEmpty());
    }

    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal override RankResult Rank()
    {
        // Factorize (hash each value once), sort only the distinct values, then map codes to ranks.
        var codes = new int[Data.Length];
        // Missing cells (the only nulls) never enter the dictionary.
#pragma warning disable CS8714
        var lookup = new Dictionary<T, int>();
#pragma warning restore CS8714
        var uniques = new List<T>();
        var hasMissing = false;
        for (var i = 0; i < Data.Length; i++)
        {
            if (IsMissing(i))
            {
                codes[i] = -1;
                hasMissing = true;
                continue;
            }

            var value = Data[i];
            if (!lookup.TryGetValue(value, out var code))
            {
                code = uniques.Count;
                lookup.Add(value, code);
                uniques.Add(value);
            }

            codes[i] = code;
        }

        var sorted = uniques.ToArray();
        var order = new int[sorted.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order, Order);
        var rankOfCode = new int[sorted.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            rankOfCode[order[rank]] = rank;
        }

        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = codes[i] < 0 ? sorted.Length : rankOfCode[codes[i]];
        }

        return new RankResult(codes, sorted.Length, hasMissing);
    }

    internal override bool ContentEquals(DataColumn other)
    {
        if (other is not DataColumn<T> typed || typed.Length != Length || typed.Name != Name)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Data.Length; i++)
        {
            var missing = IsMissing(i);
            if (missing != typed.IsMissing(i) || (!missing && !comparer.Equals(Data[i], typed.Data[i])))
            {
                return false;
            }
        }

        return true;
    }

    internal override string FormatInvariant(int row) => ValueFormat.Invariant(Data[row]!);

    internal override DataColumn EmptyLike(string name, int length)
    {
        var missing = new MissingMask(length);
        for (var i = 0; i < length; i++)
        {
            missing.Set(i);
        }

        return new DataColumn<T>(name, new T[length], length == 0 ? null : missing);
    }
}
