using System.Text.Json.Nodes;
using Analysis.Kernel.Server;
using Analysis.Kernel.Tests.Support;

namespace Analysis.Kernel.Tests.Server;

public sealed class OutboxTests
{
    private static readonly Analysis.Kernel.Protocol.MessageFactory Factory = Messages.Factory();

    private static Analysis.Kernel.Protocol.JupyterMessage Stream(string parentId, string name, string text) =>
        Factory.Broadcast(Messages.Request("execute_request", msgId: parentId), "stream", new JsonObject { ["name"] = name, ["text"] = text });

    [Fact]
    public void Consecutive_streams_of_one_request_and_name_are_merged()
    {
        var outbox = new Outbox();
        outbox.Send(KernelChannel.IoPub, Stream("a", "stdout", "1\n"));
        outbox.Send(KernelChannel.IoPub, Stream("a", "stdout", "2\n"));
        outbox.Send(KernelChannel.IoPub, Stream("a", "stdout", "3\n"));

        var drained = outbox.Drain();

        Assert.Equal("1\n2\n3\n", Assert.Single(drained).Message.ContentString("text"));
    }

    [Fact]
    public void Streams_of_other_names_requests_or_with_messages_between_stay_separate()
    {
        var outbox = new Outbox();
        outbox.Send(KernelChannel.IoPub, Stream("a", "stdout", "1"));
        outbox.Send(KernelChannel.IoPub, Stream("a", "stderr", "2"));
        outbox.Send(KernelChannel.IoPub, Stream("b", "stderr", "3"));
        outbox.Send(KernelChannel.Shell, Factory.Reply(Messages.Request("kernel_info_request"), "kernel_info_reply", []));
        outbox.Send(KernelChannel.IoPub, Stream("b", "stderr", "4"));

        var texts = outbox.Drain().Select(item => item.Message.ContentString("text"));

        Assert.Equal(["1", "2", "3", "", "4"], texts);
    }

    [Fact]
    public void A_burst_of_sends_wakes_the_socket_thread_once_until_it_drains()
    {
        var wakes = 0;
        var outbox = new Outbox { Wake = () => wakes++ };

        outbox.Send(KernelChannel.IoPub, Stream("a", "stdout", "x"));
        outbox.Send(KernelChannel.IoPub, Stream("a", "stdout", "y"));
        Assert.Equal(1, wakes);

        outbox.Drain();
        outbox.Send(KernelChannel.IoPub, Stream("a", "stdout", "z"));
        Assert.Equal(2, wakes);
    }

    [Fact]
    public void Long_runs_merge_into_one_message_with_every_line_in_order()
    {
        var outbox = new Outbox();
        for (var i = 0; i < 5000; i++)
        {
            outbox.Send(KernelChannel.IoPub, Stream("a", "stdout", i + "\n"));
        }

        var text = Assert.Single(outbox.Drain()).Message.ContentString("text");

        Assert.Equal(string.Concat(Enumerable.Range(0, 5000).Select(i => i + "\n")), text);
    }
}
