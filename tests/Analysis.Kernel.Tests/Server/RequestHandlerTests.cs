using System.Text.Json;
using System.Text.Json.Nodes;
using Analysis.Kernel.Backend;
using Analysis.Kernel.Protocol;
using Analysis.Kernel.Server;
using Analysis.Kernel.Tests.Support;

namespace Analysis.Kernel.Tests.Server;

public sealed class RequestHandlerTests
{
    [Fact]
    public void Kernel_info_reply_matches_the_snapshot()
    {
        var sent = new HandlerHarness().RunShell(Messages.Request("kernel_info_request"));

        Assert.Equal(["IoPub status:busy", "Shell kernel_info_reply", "IoPub status:idle"], HandlerHarness.Describe(sent));
        var content = HandlerHarness.Single(sent, "kernel_info_reply").Content;
        content["implementation_version"] = "<version>";
        Snapshot.Match("kernel_info_reply.json", content.ToJsonString(new JsonSerializerOptions(WireCodec.JsonOptions) { WriteIndented = true }) + "\n");
    }

    [Fact]
    public void Kernel_info_is_also_answered_on_control()
    {
        var sent = new HandlerHarness().RunControl(Messages.Request("kernel_info_request"));

        Assert.Equal(["IoPub status:busy", "Control kernel_info_reply", "IoPub status:idle"], HandlerHarness.Describe(sent));
    }

    [Theory]
    [InlineData(KernelCodeCompleteness.Complete, """{"status":"complete"}""")]
    [InlineData(KernelCodeCompleteness.Incomplete, """{"status":"incomplete","indent":""}""")]
    [InlineData(KernelCodeCompleteness.Invalid, """{"status":"invalid"}""")]
    [InlineData(KernelCodeCompleteness.Unknown, """{"status":"unknown"}""")]
    public void Is_complete_maps_the_backend_answer(KernelCodeCompleteness completeness, string expected)
    {
        var harness = new HandlerHarness();
        harness.Backend.Completeness = completeness;

        var sent = harness.RunShell(Messages.Request("is_complete_request", new JsonObject { ["code"] = "if (x) {" }));

        Assert.Equal(expected, HandlerHarness.Single(sent, "is_complete_reply").Content.ToJsonString());
    }

    [Theory]
    [InlineData("Console.Wri", 11, 11, 8, 8)]
    [InlineData("var s = \"😀\"; s.Len", 18, 19, 16, 15)]
    [InlineData("😀😀x", 3, 5, 4, 2)]
    public void Complete_converts_between_code_points_and_utf16(string code, int cursorCodePoints, int expectedUtf16Cursor, int backendStartUtf16, int expectedStart)
    {
        var harness = new HandlerHarness();
        harness.Backend.Complete = (_, cursor) => new KernelCompletion(["WriteLine", "Write"], backendStartUtf16, cursor);

        var sent = harness.RunShell(Messages.Request("complete_request", new JsonObject { ["code"] = code, ["cursor_pos"] = cursorCodePoints }));

        Assert.Equal(expectedUtf16Cursor, Assert.Single(harness.Backend.CompletionRequests).Cursor);
        var reply = HandlerHarness.Single(sent, "complete_reply").Content;
        Assert.Equal(
            $$$"""{"status":"ok","matches":["WriteLine","Write"],"cursor_start":{{{expectedStart}}},"cursor_end":{{{cursorCodePoints}}},"metadata":{}}""",
            reply.ToJsonString());
    }

    [Fact]
    public void Inspect_reports_found_with_the_bundle()
    {
        var harness = new HandlerHarness();
        harness.Backend.Inspection = new Dictionary<string, string> { ["text/plain"] = "void Console.WriteLine()" };

        var sent = harness.RunShell(Messages.Request("inspect_request", new JsonObject { ["code"] = "Console.WriteLine", ["cursor_pos"] = 10, ["detail_level"] = 0 }));

        Assert.Equal("""{"status":"ok","found":true,"data":{"text/plain":"void Console.WriteLine()"},"metadata":{}}""",
            HandlerHarness.Single(sent, "inspect_reply").Content.ToJsonString());
    }

    [Fact]
    public void Inspect_reports_not_found_with_empty_data()
    {
        var sent = new HandlerHarness().RunShell(Messages.Request("inspect_request", new JsonObject { ["code"] = "", ["cursor_pos"] = 0 }));

        Assert.Equal("""{"status":"ok","found":false,"data":{},"metadata":{}}""", HandlerHarness.Single(sent, "inspect_reply").Content.ToJsonString());
    }

    [Theory]
    [InlineData("comm_info_request", "comm_info_reply", """{"status":"ok","comms":{}}""")]
    [InlineData("history_request", "history_reply", """{"status":"ok","history":[]}""")]
    public void Empty_answers_for_comms_and_history(string request, string reply, string expected)
    {
        var sent = new HandlerHarness().RunShell(Messages.Request(request));

        Assert.Equal(expected, HandlerHarness.Single(sent, reply).Content.ToJsonString());
    }

    [Fact]
    public void A_comm_open_for_an_unknown_target_is_closed_at_once()
    {
        var sent = new HandlerHarness().RunShell(Messages.Request("comm_open", new JsonObject { ["comm_id"] = "c1", ["target_name"] = "jupyter.widget" }));

        Assert.Equal(["IoPub status:busy", "IoPub comm_close", "IoPub status:idle"], HandlerHarness.Describe(sent));
        Assert.Equal("c1", HandlerHarness.Single(sent, "comm_close").ContentString("comm_id"));
    }

    [Fact]
    public void Unknown_requests_are_logged_and_get_busy_idle_only()
    {
        var harness = new HandlerHarness();

        var sent = harness.RunShell(Messages.Request("frobnicate_request", msgId: "m9"));

        Assert.Equal(["IoPub status:busy", "IoPub status:idle"], HandlerHarness.Describe(sent));
        Assert.Contains("unsupported shell message type 'frobnicate_request' (msg_id m9)", harness.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Interrupt_stops_the_backend_and_replies_on_control()
    {
        var harness = new HandlerHarness();

        var sent = harness.RunControl(Messages.Request("interrupt_request"));

        Assert.Equal(1, harness.Backend.InterruptCount);
        Assert.Equal(["IoPub status:busy", "Control interrupt_reply", "IoPub status:idle"], HandlerHarness.Describe(sent));
        Assert.Equal("""{"status":"ok"}""", HandlerHarness.Single(sent, "interrupt_reply").Content.ToJsonString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Shutdown_replies_echoing_restart_then_flags_the_server_to_exit(bool restart)
    {
        var harness = new HandlerHarness();
        Assert.False(harness.Handler.ShutdownRequested);

        var sent = harness.RunControl(Messages.Request("shutdown_request", new JsonObject { ["restart"] = restart }));

        Assert.True(harness.Handler.ShutdownRequested);
        Assert.Equal("""{"status":"ok","restart":""" + (restart ? "true" : "false") + "}", HandlerHarness.Single(sent, "shutdown_reply").Content.ToJsonString());
    }
}
