namespace Analysis.Kernel.Protocol;

/// <summary>Outcome of <see cref="WireCodec.Decode"/>: a message, or why the frames were rejected.</summary>
/// <param name="Message">The decoded message when successful.</param>
/// <param name="Error">Why decoding failed; null on success.</param>
public sealed record WireDecodeResult(JupyterMessage? Message, string? Error)
{
    /// <summary>True when <see cref="Message"/> is set.</summary>
    public bool IsSuccess => Message is not null;

    internal static WireDecodeResult Ok(JupyterMessage message) => new(message, null);

    internal static WireDecodeResult Fail(string error) => new(null, error);
}
