using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Analysis.Kernel.Protocol;

/// <summary>
/// Builds outgoing messages with fresh headers. Ids and clock are injectable so tests get
/// byte-stable messages; the protocol itself requires unique ids and real timestamps.
/// </summary>
internal sealed class MessageFactory
{
    public const string ProtocolVersion = "5.3";

    private readonly Func<string> _newId;
    private readonly Func<DateTimeOffset> _clock;

    public MessageFactory(string session, Func<string> newId, Func<DateTimeOffset> clock)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(newId);
        ArgumentNullException.ThrowIfNull(clock);
        Session = session;
        _newId = newId;
        _clock = clock;
    }

    /// <summary>This kernel process's session id, shared by every message it sends.</summary>
    public string Session { get; }

    public static MessageFactory CreateDefault() =>
        new(Guid.NewGuid().ToString(), () => Guid.NewGuid().ToString(), () => DateTimeOffset.UtcNow);

    /// <summary>A reply routed back to the requester on the channel the request came from.</summary>
    public JupyterMessage Reply(JupyterMessage request, string msgType, JsonObject content) =>
        new(request.Identities, Header(msgType), (JsonObject)request.Header.DeepClone(), [], content, []);

    /// <summary>An IOPub broadcast; <paramref name="parent"/> is the request it belongs to (null for kernel-wide status).</summary>
    public JupyterMessage Broadcast(JupyterMessage? parent, string msgType, JsonObject content) =>
        new(
            [Encoding.UTF8.GetBytes("kernel." + Session + "." + msgType)],
            Header(msgType),
            parent is null ? [] : (JsonObject)parent.Header.DeepClone(),
            [],
            content,
            []);

    private JsonObject Header(string msgType) => new()
    {
        ["msg_id"] = _newId(),
        ["session"] = Session,
        ["username"] = "kernel",
        ["date"] = _clock().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["msg_type"] = msgType,
        ["version"] = ProtocolVersion,
    };
}
