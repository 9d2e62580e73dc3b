using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Kernel.Protocol;

/// <summary>
/// The connection file Jupyter writes for a kernel it launches: where to bind each channel and
/// how to sign messages.
/// </summary>
/// <param name="Transport">"tcp" or "ipc".</param>
/// <param name="Ip">Interface to bind (tcp) or path prefix (ipc).</param>
/// <param name="ShellPort">Shell channel port.</param>
/// <param name="IoPubPort">IOPub channel port.</param>
/// <param name="StdinPort">Stdin channel port.</param>
/// <param name="ControlPort">Control channel port.</param>
/// <param name="HeartbeatPort">Heartbeat channel port.</param>
/// <param name="Key">HMAC key; empty disables signing.</param>
/// <param name="SignatureScheme">"hmac-sha256" (also accepted: hmac-sha1, hmac-sha384, hmac-sha512).</param>
public sealed record ConnectionInfo(
    string Transport,
    string Ip,
    int ShellPort,
    int IoPubPort,
    int StdinPort,
    int ControlPort,
    int HeartbeatPort,
    string Key,
    string SignatureScheme)
{
    /// <summary>The ZeroMQ endpoint for one of this file's ports.</summary>
    public string Endpoint(int port) => Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"tcp://{Ip}:{port}";

    /// <summary>Reads and validates a connection file.</summary>
    /// <exception cref="FormatException">The file is not valid JSON or lacks a required field; the message names the file (and line for JSON errors).</exception>
    public static ConnectionInfo Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses connection-file JSON; <paramref name="source"/> names it in error messages.</summary>
    public static ConnectionInfo Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject
                ?? throw new FormatException($"{source}: a connection file must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{source}, line {(ex.LineNumber ?? 0) + 1}: invalid JSON ({ex.Message}).", ex);
        }

        var transport = OptionalString(root, "transport", source) ?? "tcp";
        if (transport is not ("tcp" or "ipc"))
        {
            throw new FormatException($"{source}: transport '{transport}' is not supported (expected tcp or ipc).");
        }

        var scheme = OptionalString(root, "signature_scheme", source) ?? MessageSigner.DefaultScheme;
        if (!MessageSigner.IsSupported(scheme))
        {
            throw new FormatException($"{source}: signature_scheme '{scheme}' is not supported (expected hmac-sha256).");
        }

        return new ConnectionInfo(
            transport,
            OptionalString(root, "ip", source) ?? "127.0.0.1",
            Port(root, "shell_port", source),
            Port(root, "iopub_port", source),
            Port(root, "stdin_port", source),
            Port(root, "control_port", source),
            Port(root, "hb_port", source),
            OptionalString(root, "key", source) ?? string.Empty,
            scheme);
    }

    private static string? OptionalString(JsonObject root, string name, string source)
    {
        if (!root.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new FormatException($"{source}: '{name}' must be a string.");
    }

    private static int Port(JsonObject root, string name, string source)
    {
        if (!root.TryGetPropertyValue(name, out var node) || node is null)
        {
            throw new FormatException($"{source}: required field '{name}' is missing.");
        }

        if (node is JsonValue value && value.TryGetValue<int>(out var port) && port is > 0 and <= 65535)
        {
            return port;
        }

        throw new FormatException($"{source}: '{name}' must be a port number between 1 and 65535, got {node.ToJsonString()}.");
    }
}
