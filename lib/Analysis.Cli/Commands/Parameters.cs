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
}
