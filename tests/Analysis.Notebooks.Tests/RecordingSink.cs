using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Tests;

/// <summary>An output sink that remembers what it received, in order.</summary>
internal sealed class RecordingSink : IOutputSink
{
    private readonly List<CellOutput> _outputs = [];

    public IReadOnlyList<CellOutput> Outputs
    {
        get
        {
            lock (_outputs)
            {
                return _outputs.ToList();
            }
        }
    }

    public void Write(CellOutput output)
    {
        lock (_outputs)
        {
            _outputs.Add(output);
        }
    }
}
