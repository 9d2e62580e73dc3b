using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysis.Notebooks.Formats;

/// <summary>
/// nbformat 4.5 cell ids: 1-64 characters of <c>[a-zA-Z0-9-_]</c>, unique in the notebook. Missing, invalid or
/// duplicate ids are replaced by ids derived from the cell index — never random, so writing the same notebook twice
/// gives the same file.
/// </summary>
public static partial class CellIds
{
    /// <summary>True when <paramref name="id"/> is a valid nbformat cell id.</summary>
    public static bool IsValid(string? id) => id is not null && ValidId().IsMatch(id);

    /// <summary>The id generated for the cell at <paramref name="index"/>.</summary>
    public static string ForIndex(int index) => "cell-" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the cells with every id valid and unique (valid unique ids are kept).</summary>
    public static IReadOnlyList<NotebookCell> Assign(IReadOnlyList<NotebookCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var keep = new bool[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            keep[i] = IsValid(cells[i].Id) && used.Add(cells[i].Id);
        }
        var result = new List<NotebookCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            if (keep[i])
            {
                result.Add(cells[i]);
                continue;
            }
            var id = ForIndex(i);
            for (var suffix = 2; !used.Add(id); suffix++)
            {
                id = ForIndex(i) + "-" + suffix.ToString(CultureInfo.InvariantCulture);
            }
            result.Add(cells[i] with { Id = id });
        }
        return result;
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidId();
}
