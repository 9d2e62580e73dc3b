namespace Analysis.Kernel.Server;

/// <summary>The kernel's sockets that carry protocol messages (heartbeat carries raw echoes only).</summary>
internal enum KernelChannel
{
    Shell,
    Control,
    IoPub,
    Stdin,
}
