namespace Analysis.Frames.Csv;

/// <summary>Reads a header row and typed columns from CSV text.</summary>
internal static class CsvFrameReader
{
    // Hot per-row loop: AggressiveOptimization skips tier-0 JIT so the first call in a notebook is already fast.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static DataFrame Read(TextReader reader, CsvReadOptions options, string source)
    {
        var tokenizer = new CsvTokenizer(reader, options.Delimiter, source);
        var fields = new List<CsvField>();
        if (!tokenizer.ReadRecord(fields))
        {
            return DataFrame.Empty;
        }

        var names = HeaderNames(tokenizer, fields);
        foreach (var forced in options.ColumnTypes.Keys)
        {
            if (!names.Contains(forced, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"{source}: CsvReadOptions.ColumnTypes names column '{forced}', which the header lacks. Columns: {string.Join(", ", names)}.");
            }
        }

        var builders = names
            .Select(n => new CsvColumnBuilder(
                n, options.ColumnTypes.GetValueOrDefault(n), options.InferTypes, options.QuotedValuesAreText))
            .ToArray();
        while (tokenizer.ReadRecord(fields))
        {
            if (fields.Count != builders.Length)
            {
                // Blank lines carry no data in a multi-column file (a one-column file uses them for missing cells).
                if (fields.Count == 1 && fields[0].Length == 0 && !fields[0].Quoted)
                {
                    continue;
                }

                throw new CsvFormatException(
                    source, tokenizer.Line, $"expected {builders.Length} fields (as in the header) but found {fields.Count}.");
            }

            for (var i = 0; i < builders.Length; i++)
            {
                var error = builders[i].Add(tokenizer, fields[i]);
                if (error is not null)
                {
                    throw new CsvFormatException(source, tokenizer.Line, error);
                }
            }
        }

        return DataFrame.FromColumns(builders.Select(b => b.Build()));
    }

    /// <summary>Header names; an empty name becomes column_N, a repeated name gets _2, _3, … so names stay unique.</summary>
    private static string[] HeaderNames(CsvTokenizer tokenizer, List<CsvField> fields)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new string[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var name = tokenizer.Text(fields[i]);
            if (name.Length == 0 && !fields[i].Quoted)
            {
                name = $"column_{i + 1}";
            }

            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{name}_{n}";
            }

            names[i] = unique;
        }

        return names;
    }
}
