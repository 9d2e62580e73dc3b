using System.Text.Json.Nodes;

namespace Analysis.Kernel.Protocol;

/// <summary>
/// One Jupyter protocol message as it travels between routing identities and binary buffers.
/// Headers stay raw JSON objects so a reply's parent_header echoes the request's header exactly,
/// including fields this kernel does not know.
/// </summary>
/// <param name="Identities">ROUTER routing frames (replies go back through them) or the IOPub topic.</param>
/// <param name="Header">msg_id, session, username, date, msg_type, version.</param>
/// <param name="ParentHeader">The header of the request this message answers; empty when none.</param>
/// <param name="Metadata">Free-form metadata.</param>
/// <param name="Content">The message-type–specific body.</param>
/// <param name="Buffers">Extra binary frames after the content.</param>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    /// <summary>The header's msg_type, or empty when missing.</summary>
    public string MsgType => Text(Header, "msg_type");

    /// <summary>The header's msg_id, or empty when missing.</summary>
    public string MsgId => Text(Header, "msg_id");

    /// <summary>The msg_id of the parent header, or empty when there is no parent.</summary>
    public string ParentMsgId => Text(ParentHeader, "msg_id");

    /// <summary>A string field of the content, or <paramref name="fallback"/> when absent or not a string.</summary>
    public string ContentString(string name, string fallback = "") =>
        Content.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : fallback;

    /// <summary>A boolean field of the content, or <paramref name="fallback"/> when absent or not a boolean.</summary>
    public bool ContentBool(string name, bool fallback) =>
        Content.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<bool>(out var flag)
            ? flag
            : fallback;

    /// <summary>An integer field of the content, or <paramref name="fallback"/> when absent or not an integer.</summary>
    public int ContentInt(string name, int fallback) =>
        Content.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<int>(out var number)
            ? number
            : fallback;

    private static string Text(JsonObject json, string name) =>
        json.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : string.Empty;
}
