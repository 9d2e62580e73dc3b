using System.Text;

namespace Analysis.Articles;

/// <summary>
/// Turns file bytes into article text. UTF-8 is expected (a BOM is dropped); UTF-16 and UTF-32
/// with a BOM are honoured; bytes that are not valid UTF-8 are read as Windows-1252 (the usual
/// culprit); UTF-8 that was once mis-read as Windows-1252 ("â€™") is repaired; line ends become
/// "\n" so offsets agree with every reader that uses universal newlines. Binary data is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Lenient = new(() => Windows1252(DecoderFallback.ReplacementFallback));
    private static readonly Lazy<Encoding> Strict = new(() => Windows1252(DecoderFallback.ExceptionFallback));

    /// <summary>Windows-1252 that replaces undefined bytes (for reading text that is not UTF-8).</summary>
    internal static Encoding Windows1252Lenient => Lenient.Value;

    /// <summary>Windows-1252 that throws on unmappable characters (for round-trips that must be exact).</summary>
    internal static Encoding Windows1252Strict => Strict.Value;

    // Code page 1252 is not built into .NET Core; registering the provider again is harmless.
    private static Encoding Windows1252(DecoderFallback fallback)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, fallback);
    }

    /// <summary>Decodes bytes; returns null and a reason when the bytes are not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = DecodeUtf8(bytes[3..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) text = new UTF32Encoding(false, true).GetString(bytes[4..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) text = Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else
        {
            if (LooksBinary(bytes)) { problem = "binary file (not text)"; return null; }
            text = DecodeUtf8(bytes);
        }
        return Normalize(text);
    }

    /// <summary>Normalises decoded text: line ends to "\n", mojibake repaired, NUL-free.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return Mojibake.Repair(text);
    }

    /// <summary>Decodes one line of a corpus file: strict UTF-8, else Windows-1252 (no normalisation).</summary>
    internal static string DecodeLine(ReadOnlySpan<byte> bytes) => DecodeUtf8(bytes);

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return Windows1252Lenient.GetString(bytes); }
    }

    // NUL bytes never occur in UTF-8 text; a run of other control bytes suggests a binary file too.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0)) return true;
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1B)) control++;
        return sample.Length > 0 && control * 10 > sample.Length;
    }
}
