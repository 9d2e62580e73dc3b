namespace Analysis.Frames.Internal;

/// <summary>
/// A bitmap of missing cells. Columns hold <c>null</c> instead of a mask when nothing is missing, so the common
/// dense case costs nothing; one bit per row keeps a 1M-row mask at 128 KB.
/// </summary>
internal sealed class MissingMask
{
    private readonly ulong[] _bits;

    public MissingMask(int length)
    {
        _bits = new ulong[(length + 63) >> 6];
    }

    public bool this[int row] => (_bits[row >> 6] & (1UL << (row & 63))) != 0;

    public void Set(int row) => _bits[row >> 6] |= 1UL << (row & 63);

    public int Count()
    {
        var count = 0;
        foreach (var word in _bits)
        {
            count += System.Numerics.BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>Returns the mask itself when any bit is set, otherwise <c>null</c> (the "nothing missing" form).</summary>
    public MissingMask? NullIfEmpty()
    {
        foreach (var word in _bits)
        {
            if (word != 0)
            {
                return this;
            }
        }

        return null;
    }
}
