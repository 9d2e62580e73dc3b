using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Formats;

/// <summary>An nbformat 4.5 notebook: cells plus notebook metadata (kept as JSON so unknown keys survive).</summary>
public sealed record Notebook
{
    /// <summary>The nbformat major version written.</summary>
    public const int FormatMajor = 4;

    /// <summary>The nbformat minor version written (4.5 introduced cell ids).</summary>
    public const int FormatMinor = 5;

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; init; } = [];

    /// <summary>Notebook metadata (kernelspec, language_info, polyglot_notebook, anything else).</summary>
    public JsonObject Metadata { get; init; } = [];

    /// <summary>A notebook of <paramref name="cells"/> with Polyglot C# metadata and ids assigned.</summary>
    public static Notebook Create(IEnumerable<NotebookCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return new Notebook { Cells = CellIds.Assign(cells.ToList()), Metadata = PolyglotMetadata.ForNotebook() };
    }

    /// <summary>A copy with other cells (ids are assigned where missing).</summary>
    public Notebook WithCells(IEnumerable<NotebookCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return this with { Cells = CellIds.Assign(cells.ToList()) };
    }

    /// <summary>A copy with one cell replaced.</summary>
    public Notebook WithCell(int index, NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Cells.Count);
        var cells = Cells.ToList();
        cells[index] = cell;
        return WithCells(cells);
    }

    /// <summary>A copy with every output and execution count removed.</summary>
    public Notebook Cleared() => this with { Cells = Cells.Select(c => c.Cleared()).ToList() };
}
