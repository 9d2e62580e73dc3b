using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Kernel.Protocol;

/// <summary>
/// The Jupyter wire format: routing identities, the <c>&lt;IDS|MSG&gt;</c> delimiter, the HMAC
/// signature, four JSON frames (header, parent_header, metadata, content) and optional buffers.
/// </summary>
public static class WireCodec
{
    /// <summary>The frame separating routing identities from the message proper.</summary>
    public const string Delimiter = "<IDS|MSG>";

    private static readonly byte[] DelimiterBytes = Encoding.ASCII.GetBytes(Delimiter);

    /// <summary>
    /// Serialization for the wire: frames are never embedded in HTML, so the default HTML-safe escaping
    /// (every '&lt;' of a chart's HTML as \u003C) would only bloat messages.
    /// </summary>
    internal static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes and signs a message into its frames.</summary>
    public static List<byte[]> Encode(JupyterMessage message, MessageSigner signer)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(signer);
        var header = Serialize(message.Header);
        var parent = Serialize(message.ParentHeader);
        var metadata = Serialize(message.Metadata);
        var content = Serialize(message.Content);
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(DelimiterBytes);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(header, parent, metadata, content)));
        frames.Add(header);
        frames.Add(parent);
        frames.Add(metadata);
        frames.Add(content);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>
    /// Parses frames into a message, checking the signature over the bytes exactly as received.
    /// Never throws for malformed input: the failure says what was wrong so the kernel can log it and carry on.
    /// </summary>
    public static WireDecodeResult Decode(IReadOnlyList<byte[]> frames, MessageSigner signer)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(signer);
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(DelimiterBytes))
            {
                delimiter = i;
                break;
            }
        }

        if (delimiter < 0)
        {
            return WireDecodeResult.Fail($"no {Delimiter} delimiter among {frames.Count} frames");
        }

        var available = frames.Count - delimiter - 1;
        if (available < 5)
        {
            return WireDecodeResult.Fail($"expected signature, header, parent_header, metadata and content after {Delimiter}, got {available} frames");
        }

        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        var header = frames[delimiter + 2];
        var parent = frames[delimiter + 3];
        var metadata = frames[delimiter + 4];
        var content = frames[delimiter + 5];
        if (!signer.Verify(signature, header, parent, metadata, content))
        {
            return WireDecodeResult.Fail("invalid message signature");
        }

        var parsed = new JsonObject?[4];
        string[] names = ["header", "parent_header", "metadata", "content"];
        byte[][] raw = [header, parent, metadata, content];
        for (var i = 0; i < raw.Length; i++)
        {
            parsed[i] = ParseObject(raw[i], out var error);
            if (parsed[i] is null)
            {
                return WireDecodeResult.Fail($"{names[i]} frame {error}");
            }
        }

        var message = new JupyterMessage(
            frames.Take(delimiter).ToArray(),
            parsed[0]!,
            parsed[1]!,
            parsed[2]!,
            parsed[3]!,
            frames.Skip(delimiter + 6).ToArray());
        return message.MsgType.Length == 0
            ? WireDecodeResult.Fail("header has no msg_type")
            : WireDecodeResult.Ok(message);
    }

    private static byte[] Serialize(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString(JsonOptions));

    private static JsonObject? ParseObject(byte[] bytes, out string error)
    {
        try
        {
            if (JsonNode.Parse(bytes) is JsonObject json)
            {
                error = string.Empty;
                return json;
            }

            error = "is not a JSON object";
            return null;
        }
        catch (JsonException ex)
        {
            error = $"is not valid JSON ({ex.Message})";
            return null;
        }
    }
}
