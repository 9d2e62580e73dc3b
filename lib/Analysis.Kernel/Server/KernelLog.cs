namespace Analysis.Kernel.Server;

/// <summary>
/// Diagnostics to the kernel process's real stderr. The writer is captured at start-up because the
/// execution engine redirects Console.Out/Error while cells run, and kernel diagnostics must not
/// land in a notebook's outputs.
/// </summary>
internal sealed class KernelLog
{
    private readonly TextWriter _writer;
    private readonly Lock _gate = new();

    public KernelLog(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <summary>A log on the process's standard error stream, independent of Console.SetError.</summary>
    public static KernelLog StandardError() =>
        new(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true });

    public void Info(string message) => Write("info", message);

    public void Warning(string message) => Write("warning", message);

    public void Error(string message) => Write("error", message);

    private void Write(string level, string message)
    {
        lock (_gate)
        {
            _writer.WriteLine($"[analysis-kernel] {level}: {message}");
            _writer.Flush();
        }
    }
}
