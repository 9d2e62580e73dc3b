namespace Analysis.Cli.Commands;

/// <summary>Parses papermill-style <c>-p name=value</c> options.</summary>
internal static class Parameters
{
    /// <summary>The parameters, or an error naming the bad one.</summary>
    public static (IReadOnlyDictionary<string, string>? Values, string? Error) Parse(IEnumerable<string>? items)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            var eq = item.IndexOf('=');
            if (eq <= 0) return (null, $"parameter '{item}' is not name=value");
            values[item[..eq].Trim()] = item[(eq + 1)..];
        }
        return (values, null);
    }

    /// <summary>
    /// The parameters with a relative <c>corpusPath</c> made absolute against the current folder. A notebook runs in its
    /// own folder (so its default, "../seeds", holds wherever it is run from), but a path typed on the command line
    /// means a path from where it was typed: <c>analysis run notebooks/people.ipynb -p corpusPath=seeds</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> WithCorpusFromHere(IReadOnlyDictionary<string, string> values)
    {
        const string corpus = Analysis.Notebooks.Reporting.ReportBuilder.CorpusParameter;
        if (!values.TryGetValue(corpus, out var path) || path.Length == 0 || Path.IsPathRooted(path)) return values;
        return new Dictionary<string, string>(values, StringComparer.Ordinal) { [corpus] = Path.GetFullPath(path) };
    }
}
