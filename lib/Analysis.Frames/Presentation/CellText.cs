using System.Globalization;
using Analysis.Frames.Internal;

namespace Analysis.Frames.Presentation;

/// <summary>Shared cell/shape wording for the text and HTML previews.</summary>
internal static class CellText
{
    public const string Missing = "NA";

    public static string Shape(DataFrame frame) =>
        $"{Count(frame.RowCount, "row")} × {Count(frame.ColumnCount, "column")}";

    public static string Count(int n, string noun) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    public static bool IsRightAligned(DataColumn column) => ColumnTypes.IsNumeric(column.DataType);

    /// <summary>The display text of a cell, shortened to <paramref name="maxLength"/> characters with an ellipsis.</summary>
    public static string Cell(DataColumn column, int row, int maxLength, bool oneLine)
    {
        if (column.IsMissing(row))
        {
            return Missing;
        }

        var text = ValueFormat.Display(column.GetBoxed(row));
        if (oneLine)
        {
            // Fixed-width previews must stay one line per row.
            text = text.Replace("\r\n", "\\n", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal)
                .Replace("\r", "\\r", StringComparison.Ordinal)
                .Replace("\t", "\\t", StringComparison.Ordinal);
        }

        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
    }
}
