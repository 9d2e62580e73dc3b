using Analysis.Kernel.Backend;
using Analysis.Kernel.Protocol;
using Analysis.Kernel.Tests.Support;

namespace Analysis.Kernel.Tests.Server;

public sealed class ExecuteRequestTests
{
    [Fact]
    public void A_successful_cell_publishes_busy_input_outputs_reply_idle_in_order()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (_, onOutput) => FakeBackend.PrintAndReturn(onOutput, "hello\n", "2");

        var sent = harness.RunShell(Messages.Execute("Console.WriteLine(\"hello\"); 1+1"));

        Assert.Equal(
            ["IoPub status:busy", "IoPub execute_input", "IoPub stream", "IoPub execute_result", "Shell execute_reply", "IoPub status:idle"],
            HandlerHarness.Describe(sent));
        var reply = HandlerHarness.Single(sent, "execute_reply");
        Assert.Equal("""{"status":"ok","execution_count":1,"user_expressions":{},"payload":[]}""", reply.Content.ToJsonString(WireCodec.JsonOptions));
        Assert.Equal("""{"execution_count":1,"data":{"text/plain":"2"},"metadata":{}}""", HandlerHarness.Single(sent, "execute_result").Content.ToJsonString(WireCodec.JsonOptions));
        Assert.Equal("""{"code":"Console.WriteLine(\"hello\"); 1+1","execution_count":1}""", HandlerHarness.Single(sent, "execute_input").Content.ToJsonString(WireCodec.JsonOptions));
    }

    [Fact]
    public void Every_message_about_a_request_names_it_as_parent_with_its_header_unchanged()
    {
        var harness = new HandlerHarness();
        var request = Messages.Execute("1");
        request.Header["subshell_id"] = "extra-field";

        var sent = harness.RunShell(request);

        Assert.All(sent, item => Assert.Equal(request.Header.ToJsonString(), item.Message.ParentHeader.ToJsonString()));
        Assert.Equal(request.Identities, HandlerHarness.Single(sent, "execute_reply").Identities);
    }

    [Fact]
    public void Execution_count_advances_per_stored_request_only()
    {
        var harness = new HandlerHarness();

        var sent = harness.RunShell(
            Messages.Execute("a", "m1"),
            Messages.Execute("b", "m2", storeHistory: false),
            Messages.Execute("c", "m3", silent: true),
            Messages.Execute("d", "m4"));

        var counts = sent.Where(item => item.Message.MsgType == "execute_reply")
            .Select(item => item.Message.Content["execution_count"]!.GetValue<int>());
        Assert.Equal([1, 1, 1, 2], counts);
        Assert.Equal(["a", "b", "c", "d"], harness.Backend.ExecutedCode);
    }

    [Fact]
    public void Silent_cells_publish_neither_input_nor_result_but_still_streams()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (_, onOutput) => FakeBackend.PrintAndReturn(onOutput, "x", "42");

        var sent = harness.RunShell(Messages.Execute("f()", silent: true));

        Assert.Equal(["IoPub status:busy", "IoPub stream", "Shell execute_reply", "IoPub status:idle"], HandlerHarness.Describe(sent));
    }

    [Fact]
    public void Outputs_reported_live_and_again_in_the_result_are_published_once_but_equal_prints_are_kept()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (_, onOutput) =>
        {
            var first = new KernelStreamOutput("stdout", "same\n");
            var second = new KernelStreamOutput("stderr", "same\n");
            var third = new KernelStreamOutput("stdout", "same\n");
            onOutput(first);
            onOutput(second);
            return new KernelExecutionResult(true, [first, second, third]);
        };

        var sent = harness.RunShell(Messages.Execute("print"));

        var streams = sent.Where(item => item.Message.MsgType == "stream")
            .Select(item => item.Message.ContentString("name") + ":" + item.Message.ContentString("text"));
        Assert.Equal(["stdout:same\n", "stderr:same\n", "stdout:same\n"], streams);
    }

    [Fact]
    public void Result_streams_merged_from_live_chunks_are_not_published_again()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (_, onOutput) =>
        {
            onOutput(new KernelStreamOutput("stdout", "1\n"));
            onOutput(new KernelStreamOutput("stdout", "2\n"));
            onOutput(new KernelStreamOutput("stderr", "warn\n"));
            return new KernelExecutionResult(true, [new KernelStreamOutput("stdout", "1\n2\n"), new KernelStreamOutput("stderr", "warn\npartial")]);
        };

        var sent = harness.RunShell(Messages.Execute("print"));

        var streams = sent.Where(item => item.Message.MsgType == "stream")
            .Select(item => item.Message.ContentString("name") + ":" + item.Message.ContentString("text"));
        Assert.Equal(["stdout:1\n2\n", "stderr:warn\npartial"], streams);
    }

    [Fact]
    public void Streams_only_in_the_result_are_all_published()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (_, _) => new KernelExecutionResult(true, [new KernelStreamOutput("stdout", "a\n"), new KernelStreamOutput("stdout", "a\n")]);

        var sent = harness.RunShell(Messages.Execute("print"));

        Assert.Equal("a\na\n", HandlerHarness.Single(sent, "stream").ContentString("text"));
    }

    [Fact]
    public void Json_mime_types_are_sent_as_json_objects_and_html_as_text()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (_, _) => new KernelExecutionResult(true, [new KernelDisplayOutput(new Dictionary<string, string>
        {
            ["text/plain"] = "Chart",
            ["text/html"] = "<div id=\"c\"></div>",
            ["application/vnd.plotly.v1+json"] = """{"data":[{"type":"bar","y":[1,2]}],"layout":{}}""",
        })]);

        var sent = harness.RunShell(Messages.Execute("chart"));

        var display = HandlerHarness.Single(sent, "display_data");
        Assert.Equal(
            """{"data":{"application/vnd.plotly.v1+json":{"data":[{"type":"bar","y":[1,2]}],"layout":{}},"text/html":"<div id=\"c\"></div>","text/plain":"Chart"},"metadata":{},"transient":{}}""",
            display.Content.ToJsonString(WireCodec.JsonOptions));
    }

    [Fact]
    public void A_failing_cell_publishes_the_error_and_replies_with_it()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (_, _) => FakeBackend.Fail("CompilationError", "(1,1): error CS0103: The name 'x' does not exist");

        var sent = harness.RunShell(Messages.Execute("x"));

        Assert.Equal(["IoPub status:busy", "IoPub execute_input", "IoPub error", "Shell execute_reply", "IoPub status:idle"], HandlerHarness.Describe(sent));
        var reply = HandlerHarness.Single(sent, "execute_reply").Content;
        Assert.Equal("error", reply["status"]!.GetValue<string>());
        Assert.Equal("CompilationError", reply["ename"]!.GetValue<string>());
        Assert.Equal("(1,1): error CS0103: The name 'x' does not exist", reply["evalue"]!.GetValue<string>());
        Assert.Equal(2, reply["traceback"]!.AsArray().Count);
    }

    [Fact]
    public void A_backend_that_throws_becomes_an_error_reply_and_the_kernel_goes_idle()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (_, _) => throw new InvalidOperationException("engine exploded");

        var sent = harness.RunShell(Messages.Execute("boom"));

        var reply = HandlerHarness.Single(sent, "execute_reply").Content;
        Assert.Equal(("error", "InvalidOperationException", "engine exploded"),
            (reply["status"]!.GetValue<string>(), reply["ename"]!.GetValue<string>(), reply["evalue"]!.GetValue<string>()));
        Assert.Equal("IoPub status:idle", HandlerHarness.Describe(sent)[^1]);
    }

    [Fact]
    public void A_failure_without_an_error_output_still_shows_an_error()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (_, _) => new KernelExecutionResult(false, []);

        var sent = harness.RunShell(Messages.Execute("?"));

        Assert.Equal("Error", HandlerHarness.Single(sent, "error").ContentString("ename"));
    }

    [Fact]
    public void Stop_on_error_aborts_the_queued_executions_but_answers_other_requests()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (code, _) => code == "bad" ? FakeBackend.Fail("E", "bad") : new KernelExecutionResult(true, []);

        var sent = harness.RunShell(
            Messages.Execute("bad", "m1"),
            Messages.Execute("next", "m2"),
            Messages.Request("kernel_info_request", msgId: "m3"),
            Messages.Execute("later", "m4"));

        var replies = sent.Where(item => item.Channel == Analysis.Kernel.Server.KernelChannel.Shell)
            .Select(item => $"{item.Message.ParentMsgId}:{item.Message.MsgType}:{item.Message.ContentString("status")}");
        Assert.Equal(["m1:execute_reply:error", "m2:execute_reply:aborted", "m3:kernel_info_reply:ok", "m4:execute_reply:aborted"], replies);
        Assert.Equal(["bad"], harness.Backend.ExecutedCode);
    }

    [Fact]
    public void A_request_sent_after_the_error_reply_runs()
    {
        // A client that reads the error reply (an interrupted cell) and sends the next cell at once: the request may
        // reach the queue before the handler is done with the failed one, but it was not queued while the cell ran.
        var harness = new HandlerHarness();
        harness.Backend.Execute = (code, _) => code == "bad" ? FakeBackend.Fail("E", "bad") : new KernelExecutionResult(true, []);
        var sent = new List<(Analysis.Kernel.Server.KernelChannel Channel, Analysis.Kernel.Protocol.JupyterMessage Message)>();
        harness.Outbox.Wake = () =>
        {
            var drained = harness.Outbox.Drain();
            sent.AddRange(drained);
            if (drained.Any(item => item.Message.MsgType == "execute_reply" && item.Message.ParentMsgId == "m1"))
                harness.Queue.Post(Messages.Execute("next", "m2"));
        };

        harness.RunShell(Messages.Execute("bad", "m1"));

        Assert.Equal(["bad", "next"], harness.Backend.ExecutedCode);
        Assert.Contains(sent, item => item.Message.ParentMsgId == "m2" && item.Message.ContentString("status") == "ok");
    }

    [Fact]
    public void Without_stop_on_error_the_queue_keeps_running()
    {
        var harness = new HandlerHarness();
        harness.Backend.Execute = (code, _) => code == "bad" ? FakeBackend.Fail("E", "bad") : new KernelExecutionResult(true, []);

        harness.RunShell(Messages.Execute("bad", "m1", stopOnError: false), Messages.Execute("next", "m2"));

        Assert.Equal(["bad", "next"], harness.Backend.ExecutedCode);
    }
}
