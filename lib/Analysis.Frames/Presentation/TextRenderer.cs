using System.Text;
using Analysis.Frames.Internal;

namespace Analysis.Frames.Presentation;

/// <summary>
/// Fixed-width text preview: a shape line, a header of names and types, the first rows, then "… N more rows".
/// Numbers are right-aligned; long cells are cut with an ellipsis so one row stays one line.
/// </summary>
internal static class TextRenderer
{
    private const int MaxCellWidth = 40;

    public static string Render(DataFrame frame, int maxRows)
    {
        var builder = new StringBuilder();
        builder.Append(CellText.Shape(frame)).Append('\n');
        if (frame.ColumnCount == 0)
        {
            return builder.ToString();
        }

        var shown = Math.Min(maxRows, frame.RowCount);
        var columns = frame.Columns;
        var cells = new string[columns.Count][];
        var widths = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            cells[c] = new string[shown];
            var type = ColumnTypes.DisplayName(columns[c].DataType);
            widths[c] = Math.Max(columns[c].Name.Length, type.Length);
            for (var r = 0; r < shown; r++)
            {
                cells[c][r] = CellText.Cell(columns[c], r, MaxCellWidth, oneLine: true);
                widths[c] = Math.Max(widths[c], cells[c][r].Length);
            }
        }

        AppendLine(builder, widths, columns, c => columns[c].Name);
        AppendLine(builder, widths, columns, c => ColumnTypes.DisplayName(columns[c].DataType));
        AppendLine(builder, widths, columns, c => new string('-', widths[c]), alignLeft: true);
        for (var r = 0; r < shown; r++)
        {
            var row = r;
            AppendLine(builder, widths, columns, c => cells[c][row]);
        }

        if (frame.RowCount == 0)
        {
            builder.Append("(no rows)\n");
        }
        else if (frame.RowCount > shown)
        {
            builder.Append("… ").Append(CellText.Count(frame.RowCount - shown, "more row")).Append('\n');
        }

        return builder.ToString();
    }

    private static void AppendLine(
        StringBuilder builder, int[] widths, IReadOnlyList<DataColumn> columns, Func<int, string> text, bool alignLeft = false)
    {
        var line = new StringBuilder();
        for (var c = 0; c < widths.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            var cell = text(c);
            if (!alignLeft && CellText.IsRightAligned(columns[c]))
            {
                line.Append(cell.PadLeft(widths[c]));
            }
            else
            {
                line.Append(cell.PadRight(widths[c]));
            }
        }

        builder.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
