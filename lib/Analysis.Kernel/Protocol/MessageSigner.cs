using System.Security.Cryptography;
using System.Text;

namespace Analysis.Kernel.Protocol;

/// <summary>
/// HMAC signing of Jupyter messages: the digest covers the serialized header, parent header,
/// metadata and content frames, in that order, and travels as lowercase hex.
/// </summary>
public sealed class MessageSigner
{
    /// <summary>The scheme Jupyter uses by default and the only one clients send in practice.</summary>
    public const string DefaultScheme = "hmac-sha256";

    private readonly byte[] _key;
    private readonly HashAlgorithmName _algorithm;

    private MessageSigner(byte[] key, HashAlgorithmName algorithm)
    {
        _key = key;
        _algorithm = algorithm;
    }

    /// <summary>A signer for an empty key: messages carry an empty signature and none is checked.</summary>
    public static MessageSigner Unsigned { get; } = new([], HashAlgorithmName.SHA256);

    /// <summary>True when a key is set, so signatures are produced and required.</summary>
    public bool IsEnabled => _key.Length > 0;

    /// <summary>Creates a signer for a connection file's scheme and key.</summary>
    /// <exception cref="ArgumentException">The scheme is not an HMAC scheme this kernel supports.</exception>
    public static MessageSigner Create(string scheme, string key)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(key);
        var algorithm = AlgorithmFor(scheme)
            ?? throw new ArgumentException($"Unsupported signature scheme '{scheme}'.", nameof(scheme));
        return key.Length == 0 ? Unsigned : new MessageSigner(Encoding.UTF8.GetBytes(key), algorithm);
    }

    /// <summary>True for the HMAC schemes <see cref="Create"/> accepts.</summary>
    public static bool IsSupported(string scheme) => AlgorithmFor(scheme) is not null;

    /// <summary>Signs the four JSON frames; empty when signing is disabled.</summary>
    public string Sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        if (!IsEnabled)
        {
            return string.Empty;
        }

        return Convert.ToHexStringLower(Digest(header, parentHeader, metadata, content));
    }

    /// <summary>
    /// Checks a received signature in constant time (no early exit on the first differing byte,
    /// so timing reveals nothing about the expected digest). Always true when signing is disabled.
    /// </summary>
    public bool Verify(string signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!IsEnabled)
        {
            return true;
        }

        var expected = Digest(header, parentHeader, metadata, content);
        var received = TryParseHex(signature);
        return received is not null
            && received.Length == expected.Length
            && CryptographicOperations.FixedTimeEquals(received, expected);
    }

    private byte[] Digest(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        using var hmac = IncrementalHash.CreateHMAC(_algorithm, _key);
        hmac.AppendData(header);
        hmac.AppendData(parentHeader);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        return hmac.GetHashAndReset();
    }

    private static byte[]? TryParseHex(string text)
    {
        if (text.Length % 2 != 0)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static HashAlgorithmName? AlgorithmFor(string scheme) => scheme switch
    {
        "hmac-sha256" => HashAlgorithmName.SHA256,
        "hmac-sha1" => HashAlgorithmName.SHA1,
        "hmac-sha384" => HashAlgorithmName.SHA384,
        "hmac-sha512" => HashAlgorithmName.SHA512,
        _ => null,
    };
}
