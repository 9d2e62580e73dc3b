using System.Globalization;
using System.Text;
using Analysis.Notebooks.Formats;
using Microsoft.CodeAnalysis.CSharp;

namespace Analysis.Notebooks.Running;

/// <summary>
/// Papermill-style parameters: the run's values go into a new cell tagged <c>injected-parameters</c> right after the
/// cell tagged <c>parameters</c> (or first, when there is none), so they override the notebook's defaults.
/// </summary>
public static class ParameterInjector
{
    /// <summary>The tag of the cell holding default parameter values.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell the runner inserts.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>
    /// Returns <paramref name="notebook"/> with the injected-parameters cell inserted (replacing one from an earlier run).
    /// With no parameters the notebook is returned unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">A parameter name is not a valid C# identifier.</exception>
    public static Notebook Inject(Notebook notebook, IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0)
        {
            return notebook;
        }
        var injected = NotebookCell.Code(Source(parameters)).WithTags(InjectedTag);
        var cells = notebook.Cells.Where(c => !c.HasTag(InjectedTag)).ToList();
        var anchor = cells.FindIndex(c => c.Kind == CellKind.Code && c.HasTag(ParametersTag));
        cells.Insert(anchor + 1, injected);
        return notebook.WithCells(cells);
    }

    /// <summary>The injected cell's code: one <c>var name = literal;</c> per parameter, ordered by name.</summary>
    public static string Source(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var builder = new StringBuilder("// Parameters injected by the notebook runner\n");
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            {
                throw new ArgumentException($"Parameter \"{name}\" is not a valid C# variable name.", nameof(parameters));
            }
            builder.Append("var ").Append(name).Append(" = ").Append(Literal(value)).Append(";\n");
        }
        return builder.ToString();
    }

    /// <summary>
    /// The C# literal for a parameter value: an integer (int or long, as C# infers), a double, a bool, else a string.
    /// </summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (trimmed.Length > 0 && trimmed == value)
        {
            if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return integer.ToString(CultureInfo.InvariantCulture);
            }
            if (double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var real)
                && double.IsFinite(real))
            {
                var text = real.ToString("R", CultureInfo.InvariantCulture);
                return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
            }
            if (value is "true" or "false" or "True" or "False")
            {
                return value.ToLowerInvariant();
            }
        }
        return SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
