using System.Net;
using System.Net.Sockets;
using Analysis.Kernel.Protocol;
using Analysis.Kernel.Server;
using Analysis.Kernel.Tests.Support;

namespace Analysis.Kernel.Tests.Server;

/// <summary>The socket loop's life cycle over real libzmq sockets (protocol traffic is covered by the jupyter_client tests).</summary>
public sealed class KernelServerTests
{
    [Fact]
    public async Task Cancellation_closes_the_sockets_and_exits_with_0()
    {
        using var cancellation = new CancellationTokenSource();
        using var backend = new FakeBackend();
        var connection = Connection(FreePorts(5));

        var run = KernelServer.RunAsync(connection, backend, cancellation.Token);
        await cancellation.CancelAsync();

        Assert.Equal(0, await run);

        // Closed cleanly: the ports are free to bind again.
        foreach (var port in new[] { connection.ShellPort, connection.ControlPort, connection.HeartbeatPort })
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
    }

    [Fact]
    public async Task A_port_already_in_use_fails_with_1()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var ports = FreePorts(5);
            ports[0] = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var backend = new FakeBackend();

            Assert.Equal(1, await KernelServer.RunAsync(Connection(ports), backend, CancellationToken.None));
        }
        finally
        {
            listener.Stop();
        }
    }

    private static ConnectionInfo Connection(int[] ports) =>
        new("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], "key", MessageSigner.DefaultScheme);

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var listener in listeners)
        {
            listener.Start();
        }

        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        foreach (var listener in listeners)
        {
            listener.Stop();
        }

        return ports;
    }
}
