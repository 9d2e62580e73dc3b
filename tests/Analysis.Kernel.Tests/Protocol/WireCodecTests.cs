using System.Text;
using System.Text.Json.Nodes;
using Analysis.Kernel.Protocol;
using Analysis.Kernel.Tests.Support;

namespace Analysis.Kernel.Tests.Protocol;

public sealed class WireCodecTests
{
    private static readonly MessageSigner Signer = MessageSigner.Create("hmac-sha256", "secret-key");

    [Fact]
    public void Encode_lays_out_identities_delimiter_signature_json_frames_and_buffers()
    {
        var message = Messages.Request("kernel_info_request") with { Buffers = [[9, 9]] };

        var frames = WireCodec.Encode(message, Signer);

        Assert.Equal(8, frames.Count);
        Assert.Equal(new byte[] { 1, 2, 3 }, frames[0]);
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[1]));
        Assert.Equal(Signer.Sign(frames[3], frames[4], frames[5], frames[6]), Encoding.ASCII.GetString(frames[2]));
        Assert.Equal("kernel_info_request", JsonNode.Parse(frames[3])!["msg_type"]!.GetValue<string>());
        Assert.Equal("{}", Encoding.UTF8.GetString(frames[4]));
        Assert.Equal(new byte[] { 9, 9 }, frames[7]);
    }

    [Fact]
    public void Decode_round_trips_what_encode_produced()
    {
        var original = Messages.Execute("1+1") with { Identities = [[1], [2, 2]], Buffers = [[7]] };

        var decoded = WireCodec.Decode(WireCodec.Encode(original, Signer), Signer);

        Assert.True(decoded.IsSuccess, decoded.Error);
        var message = decoded.Message!;
        Assert.Equal(2, message.Identities.Count);
        Assert.Equal(new byte[] { 2, 2 }, message.Identities[1]);
        Assert.Equal("execute_request", message.MsgType);
        Assert.Equal("req-1", message.MsgId);
        Assert.Equal("1+1", message.ContentString("code"));
        Assert.Equal(new byte[] { 7 }, Assert.Single(message.Buffers));
    }

    [Fact]
    public void Decode_verifies_the_bytes_as_received_not_a_reserialization()
    {
        // Python's json.dumps puts spaces after separators; re-serializing would change the signed bytes.
        byte[] header = Encoding.UTF8.GetBytes("{\"msg_id\": \"x\", \"msg_type\": \"kernel_info_request\"}");
        byte[] empty = Encoding.UTF8.GetBytes("{}");
        var signature = Encoding.ASCII.GetBytes(Signer.Sign(header, empty, empty, empty));

        var decoded = WireCodec.Decode([Encoding.ASCII.GetBytes("<IDS|MSG>"), signature, header, empty, empty, empty], Signer);

        Assert.True(decoded.IsSuccess, decoded.Error);
        Assert.Empty(decoded.Message!.Identities);
    }

    public static TheoryData<string, byte[][], string> Malformed()
    {
        var delimiter = Encoding.ASCII.GetBytes("<IDS|MSG>");
        var header = Encoding.UTF8.GetBytes("{\"msg_id\":\"x\",\"msg_type\":\"kernel_info_request\"}");
        var noType = Encoding.UTF8.GetBytes("{\"msg_id\":\"x\"}");
        var empty = Encoding.UTF8.GetBytes("{}");
        var array = Encoding.UTF8.GetBytes("[1]");
        var broken = Encoding.UTF8.GetBytes("{\"code\":");
        byte[] Sign(byte[] h, byte[] c) => Encoding.ASCII.GetBytes(Signer.Sign(h, empty, empty, c));
        return new TheoryData<string, byte[][], string>
        {
            { "no delimiter", [[1], Sign(header, empty), header, empty, empty, empty], "no <IDS|MSG> delimiter" },
            { "too few frames", [delimiter, Sign(header, empty), header, empty], "got 3 frames" },
            { "bad signature", [delimiter, Encoding.ASCII.GetBytes(new string('0', 64)), header, empty, empty, empty], "invalid message signature" },
            { "missing signature", [delimiter, [], header, empty, empty, empty], "invalid message signature" },
            { "content not JSON", [delimiter, Sign(header, broken), header, empty, empty, broken], "content frame is not valid JSON" },
            { "content not an object", [delimiter, Sign(header, array), header, empty, empty, array], "content frame is not a JSON object" },
            { "header without msg_type", [delimiter, Sign(noType, empty), noType, empty, empty, empty], "header has no msg_type" },
        };
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Decode_rejects_malformed_frames_with_a_reason(string because, byte[][] frames, string reason)
    {
        var decoded = WireCodec.Decode(frames, Signer);

        Assert.False(decoded.IsSuccess, because);
        Assert.Null(decoded.Message);
        Assert.Contains(reason, decoded.Error, StringComparison.Ordinal);
    }
}
