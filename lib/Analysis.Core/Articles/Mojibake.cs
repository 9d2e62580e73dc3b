using System.Text;

namespace Analysis.Articles;

/// <summary>
/// Repairs UTF-8 text that was decoded as Windows-1252 somewhere upstream ("â€™" for "’",
/// "Ã©" for "é"): each suspicious run is re-encoded as Windows-1252 and decoded as UTF-8,
/// and kept only when that succeeds.
/// </summary>
internal static class Mojibake
{
    private static Encoding Windows1252 => TextDecoder.Windows1252Strict;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Repair(string text)
    {
        // Cheap test first: mojibake of UTF-8 lead bytes shows up as 'Ã' or 'â' followed by a 1252 symbol.
        if (text.IndexOf('Ã') < 0 && text.IndexOf('â') < 0 && text.IndexOf('Â') < 0) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is 'Ã' or 'â' or 'Â' && TryFix(text, i, out var fixedText, out var consumed))
            {
                sb.Append(fixedText);
                i += consumed;
            }
            else { sb.Append(c); i++; }
        }
        return sb.ToString();
    }

    // A UTF-8 sequence of 2-3 bytes shows as 2-3 characters; try the longest first.
    private static bool TryFix(string text, int start, out string result, out int consumed)
    {
        for (var len = Math.Min(3, text.Length - start); len >= 2; len--)
        {
            try
            {
                var bytes = Windows1252.GetBytes(text.Substring(start, len));
                var decoded = StrictUtf8.GetString(bytes);
                if (decoded.Length == 1 && decoded[0] > 0x7F)
                {
                    result = decoded;
                    consumed = len;
                    return true;
                }
            }
            catch (EncoderFallbackException) { }
            catch (DecoderFallbackException) { }
        }
        result = "";
        consumed = 0;
        return false;
    }
}
