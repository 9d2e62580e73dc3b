using Analysis.Kernel.Backend;
using Analysis.Kernel.Installation;
using Analysis.Kernel.Protocol;
using Analysis.Kernel.Server;

namespace Analysis.Kernel;

/// <summary>
/// Entry points for <c>analysis kernel --connection-file FILE</c> and <c>analysis kernel install</c>.
/// </summary>
public static class KernelCommandLine
{
    /// <summary>
    /// Serves the connection file with the Roslyn script engine until shutdown. Returns the exit code:
    /// 0 after shutdown_request, cancellation or the exit of the client that started it (<c>JPY_PARENT_PID</c>),
    /// 1 when the file is unreadable or a channel cannot be bound.
    /// </summary>
    public static Task<int> RunAsync(string connectionFile, CancellationToken cancellationToken) =>
        RunAsync(connectionFile, ScriptEngineBackend.Create, cancellationToken);

    /// <summary>Same as <see cref="RunAsync(string, CancellationToken)"/> with another backend (tests, alternative engines).</summary>
    public static async Task<int> RunAsync(string connectionFile, Func<IKernelBackend> backendFactory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionFile);
        ArgumentNullException.ThrowIfNull(backendFactory);
        ConnectionInfo connection;
        try
        {
            connection = ConnectionInfo.Load(connectionFile);
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"analysis kernel: cannot read connection file: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        // Jupyter owns the kernel's real stdin (often a pipe nobody writes to): a cell calling
        // Console.ReadLine would hang until interrupted. Input requests are not supported, so
        // reads see end-of-input at once.
        Console.SetIn(TextReader.Null);
        using var backend = backendFactory();
        using var untilParentExits = ParentWatch.Link(Environment.GetEnvironmentVariable(ParentWatch.Variable), TimeSpan.FromSeconds(1), cancellationToken);
        return await KernelServer.RunAsync(connection, backend, untilParentExits.Token).ConfigureAwait(false);
    }

    /// <summary>Writes kernel.json (and a logo) for Jupyter; returns the kernelspec directory.</summary>
    /// <exception cref="ArgumentException">Invalid name, or both --user and --prefix.</exception>
    public static string Install(InstallOptions options) => KernelSpecWriter.Install(options);
}
