using System.Text.Json.Nodes;
using Analysis.Kernel.Protocol;

namespace Analysis.Kernel.Tests.Support;

/// <summary>Builds client-side requests for handler tests.</summary>
internal static class Messages
{
    public static JupyterMessage Request(string msgType, JsonObject? content = null, string msgId = "req-1") => new(
        [[1, 2, 3]],
        new JsonObject
        {
            ["msg_id"] = msgId,
            ["session"] = "client-session",
            ["username"] = "tester",
            ["date"] = "2024-01-01T00:00:00.000000Z",
            ["msg_type"] = msgType,
            ["version"] = "5.3",
        },
        [],
        [],
        content ?? [],
        []);

    public static JupyterMessage Execute(string code, string msgId = "req-1", bool silent = false, bool storeHistory = true, bool stopOnError = true) =>
        Request("execute_request", new JsonObject
        {
            ["code"] = code,
            ["silent"] = silent,
            ["store_history"] = storeHistory,
            ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = false,
            ["stop_on_error"] = stopOnError,
        }, msgId);

    /// <summary>A deterministic factory: sequential ids and a fixed clock.</summary>
    public static MessageFactory Factory()
    {
        var next = 0;
        return new MessageFactory("kernel-session", () => $"id-{++next}", () => new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));
    }
}
