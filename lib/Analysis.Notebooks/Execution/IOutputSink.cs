namespace Analysis.Notebooks.Execution;

/// <summary>
/// Receives outputs live while a cell runs (streams, display data). Calls may come from any thread the cell's code
/// uses, but never concurrently for one cell.
/// </summary>
public interface IOutputSink
{
    /// <summary>Receives one output.</summary>
    void Write(CellOutput output);
}
