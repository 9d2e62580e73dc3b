using Analysis.Frames.Internal;

namespace Analysis.Frames.Csv;

/// <summary>
/// Accumulates one CSV column while inferring its type in a single pass. The column starts as the narrowest type
/// its first value fits (long, double, bool, DateOnly, DateTime) and widens (long → double, DateOnly → DateTime,
/// anything → string) when a later value does not fit. Values whose text differs from the canonical form ("007",
/// "1.50") keep their original text on the side, so falling back to string reproduces the file exactly.
/// </summary>
internal sealed class CsvColumnBuilder
{
    private enum Kind { Unknown, Long, Double, Bool, Date, DateTime, Text }

    private readonly string _name;
    private readonly Type? _forced;
    private readonly bool _quotedIsText;
    private Kind _kind;
    private int _count;
    private ulong[] _missing = new ulong[16];
    private bool _anyMissing;
    private long[] _longs = [];
    private double[] _doubles = [];
    private bool[] _bools = [];
    private DateOnly[] _dates = [];
    private DateTime[] _times = [];
    private string?[] _strings = [];
    private Dictionary<int, string>? _original;
    private readonly StringPool _pool = new();

    public CsvColumnBuilder(string name, Type? forced, bool inferTypes, bool quotedIsText)
    {
        _name = name;
        _forced = forced;
        _quotedIsText = quotedIsText;
        _kind = forced is not null ? KindOf(forced) : inferTypes ? Kind.Unknown : Kind.Text;
    }

    public string Name => _name;

    /// <summary>Adds one cell; returns an error description when a forced type does not fit, else null.</summary>
    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public string? Add(CsvTokenizer tokenizer, CsvField field)
    {
        var text = tokenizer.Span(field);
        var row = _count++;
        if (text.IsEmpty && !field.Quoted)
        {
            MarkMissing(row);
            return null;
        }

        if (field.HasEscapes || (field.Quoted && _quotedIsText && _forced is null))
        {
            // Only text can carry escapes or (by default) quotes; the field is text however it looks.
            // Unescaped quoted text is pooled straight from the buffer, without an intermediate string.
            var value = field.HasEscapes ? tokenizer.Text(field).AsSpan() : text;
            if (_forced is not null && _forced != typeof(string))
            {
                return Add(value, row);
            }

            ToText();
            Store(ref _strings, row, _pool.Get(value));
            return null;
        }

        return Add(text, row);
    }

    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private string? Add(ReadOnlySpan<char> text, int row)
    {
        while (true)
        {
            switch (_kind)
            {
                case Kind.Text:
                    Store(ref _strings, row, _pool.Get(text));
                    return null;
                case Kind.Long when CsvValues.TryLong(text, out var l):
                    Store(ref _longs, row, l);
                    KeepOriginal(row, text, CsvValues.IsCanonical(text, l));
                    return null;
                case Kind.Double when CsvValues.TryDouble(text, out var d):
                    Store(ref _doubles, row, d);
                    KeepOriginal(row, text, CsvValues.IsCanonical(text, d));
                    return null;
                case Kind.Bool when CsvValues.TryBool(text, out var b):
                    Store(ref _bools, row, b);
                    KeepOriginal(row, text, CsvValues.IsCanonical(text, b));
                    return null;
                case Kind.Date when CsvValues.TryDate(text, out var date):
                    Store(ref _dates, row, date);
                    return null;
                case Kind.DateTime when CsvValues.TryDateTime(text, out var time):
                    Store(ref _times, row, time);
                    KeepOriginal(row, text, CsvValues.IsCanonical(text, time));
                    return null;
            }

            if (_forced is not null)
            {
                return $"column '{_name}': '{Shorten(text)}' is not a {ColumnTypes.DisplayName(_forced)}.";
            }

            Widen(text);
        }
    }

    public DataColumn Build()
    {
        var missing = _anyMissing ? ToMask() : null;
        return _kind switch
        {
            Kind.Long => new DataColumn<long>(_name, Trim(_longs), missing),
            Kind.Double => new DataColumn<double>(_name, Trim(_doubles), missing),
            Kind.Bool => new DataColumn<bool>(_name, Trim(_bools), missing),
            Kind.Date => new DataColumn<DateOnly>(_name, Trim(_dates), missing),
            Kind.DateTime => new DataColumn<DateTime>(_name, Trim(_times), missing),
            _ => new DataColumn<string>(_name, Trim(_strings)!, missing),
        };
    }

    /// <summary>Moves to the next wider kind that can hold <paramref name="text"/>.</summary>
    private void Widen(ReadOnlySpan<char> text)
    {
        switch (_kind)
        {
            case Kind.Unknown:
                _kind = CsvValues.TryLong(text, out _) ? Kind.Long
                    : CsvValues.TryDouble(text, out _) ? Kind.Double
                    : CsvValues.TryBool(text, out _) ? Kind.Bool
                    : CsvValues.TryDate(text, out _) ? Kind.Date
                    : CsvValues.TryDateTime(text, out _) ? Kind.DateTime
                    : Kind.Text;
                if (_kind == Kind.Text)
                {
                    ToText();
                }

                return;
            case Kind.Long when CsvValues.TryDouble(text, out _):
                _doubles = new double[_longs.Length];
                for (var i = 0; i < _count - 1; i++)
                {
                    if (IsMissing(i)) continue;
                    var original = OriginalText(i);
                    _doubles[i] = _longs[i];
                    KeepOriginal(i, original, CsvValues.IsCanonical(original, _doubles[i]));
                }

                _longs = [];
                _kind = Kind.Double;
                return;
            case Kind.Date when CsvValues.TryDateTime(text, out _):
                _times = new DateTime[_dates.Length];
                for (var i = 0; i < _count - 1; i++)
                {
                    if (IsMissing(i)) continue;
                    KeepOriginal(i, OriginalText(i), canonical: false);
                    _times[i] = _dates[i].ToDateTime(TimeOnly.MinValue);
                }

                _dates = [];
                _kind = Kind.DateTime;
                return;
            default:
                ToText();
                return;
        }
    }

    /// <summary>Turns the values so far into their original text and continues as a string column.</summary>
    private void ToText()
    {
        if (_kind == Kind.Text)
        {
            return;
        }

        var strings = new string?[Math.Max(16, _count)];
        for (var i = 0; i < _count - 1; i++)
        {
            strings[i] = IsMissing(i) || _kind == Kind.Unknown ? null : OriginalText(i);
        }

        _strings = strings;
        _longs = [];
        _doubles = [];
        _bools = [];
        _dates = [];
        _times = [];
        _original = null;
        _kind = Kind.Text;
    }

    private string OriginalText(int row)
    {
        if (_original is not null && _original.TryGetValue(row, out var text))
        {
            return text;
        }

        return _kind switch
        {
            Kind.Long => ValueFormat.Invariant(_longs[row]),
            Kind.Double => ValueFormat.Invariant(_doubles[row]),
            Kind.Bool => ValueFormat.Invariant(_bools[row]),
            Kind.Date => ValueFormat.Invariant(_dates[row]),
            Kind.DateTime => ValueFormat.Invariant(_times[row]),
            _ => _strings[row] ?? string.Empty,
        };
    }

    private void KeepOriginal(int row, ReadOnlySpan<char> text, bool canonical)
    {
        if (!canonical && _forced is null)
        {
            (_original ??= [])[row] = text.ToString();
        }
    }

    private void KeepOriginal(int row, string text, bool canonical)
    {
        if (!canonical && _forced is null)
        {
            (_original ??= [])[row] = text;
        }
    }

    private static void Store<T>(ref T[] array, int row, T value)
    {
        if (row >= array.Length)
        {
            Array.Resize(ref array, Math.Max(16, Math.Max(row + 1, array.Length * 2)));
        }

        array[row] = value;
    }

    private void MarkMissing(int row)
    {
        if ((row >> 6) >= _missing.Length)
        {
            Array.Resize(ref _missing, _missing.Length * 2);
        }

        _missing[row >> 6] |= 1UL << (row & 63);
        _anyMissing = true;
    }

    private bool IsMissing(int row) => (row >> 6) < _missing.Length && (_missing[row >> 6] & (1UL << (row & 63))) != 0;

    private MissingMask ToMask()
    {
        var mask = new MissingMask(_count);
        for (var i = 0; i < _count; i++)
        {
            if (IsMissing(i))
            {
                mask.Set(i);
            }
        }

        return mask;
    }

    private T[] Trim<T>(T[] array)
    {
        if (array.Length != _count)
        {
            Array.Resize(ref array, _count);
        }

        return array;
    }

    private static Kind KindOf(Type type) =>
        type == typeof(long) ? Kind.Long
        : type == typeof(double) ? Kind.Double
        : type == typeof(bool) ? Kind.Bool
        : type == typeof(DateOnly) ? Kind.Date
        : type == typeof(DateTime) ? Kind.DateTime
        : Kind.Text;

    private static string Shorten(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? text.ToString() : string.Concat(text[..39], "…");
}
