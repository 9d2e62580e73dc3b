using System.Text;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Routes <see cref="Console.Out"/> and <see cref="Console.Error"/> to the cell running in the current execution
/// flow. Installed once per process: Console is global, so two engines running at once would otherwise mix their
/// output; an <see cref="AsyncLocal{T}"/> keeps each cell's writes (including from tasks it starts) with that cell.
/// Writes outside any cell go to the original console.
/// </summary>
internal static class ConsoleRouter
{
    private static readonly AsyncLocal<OutputCollector?> Current = new();
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Replaces Console.Out/Error with routing writers (idempotent).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }
            Console.SetOut(new RoutingWriter(StreamOutput.StdOut, Console.Out));
            Console.SetError(new RoutingWriter(StreamOutput.StdErr, Console.Error));
            _installed = true;
        }
    }

    /// <summary>Routes console writes of the current execution flow to <paramref name="collector"/>.</summary>
    public static void Route(OutputCollector? collector) => Current.Value = collector;

    /// <summary>The collector of the cell running in the current execution flow, if any.</summary>
    public static OutputCollector? CurrentCollector => Current.Value;

    private sealed class RoutingWriter(string stream, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override IFormatProvider FormatProvider => System.Globalization.CultureInfo.InvariantCulture;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }
            if (Current.Value is { } collector)
            {
                collector.WriteStream(stream, value);
            }
            else
            {
                fallback.Write(value);
            }
        }

        public override void WriteLine(string? value) => Write(value + NewLine);

        public override void Flush()
        {
            if (Current.Value is null)
            {
                fallback.Flush();
            }
        }
    }
}
