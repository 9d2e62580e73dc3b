namespace Analysis.Tables;

/// <summary>RFC 4180 field quoting shared by the typed and the raw table writers, so both write the same bytes.</summary>
internal static class CsvQuoting
{
    /// <summary>Writes a field, quoted (with doubled quotes) when it holds a comma, a quote or a line break.</summary>
    public static void Write(TextWriter writer, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\n\r") < 0) { writer.Write(field); return; }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\""));
        writer.Write('"');
    }

    /// <summary>The field as <see cref="Write"/> would write it.</summary>
    public static string Quote(string field)
    {
        var writer = new StringWriter();
        Write(writer, field);
        return writer.ToString();
    }
}
