using System.Text.RegularExpressions;
using Analysis.Lexicons;

namespace Analysis.Extraction.Statements;

/// <summary>
/// Splits a sentence into the clauses a deployment statement can hold: after a fronted subordinate clause
/// ("After being withdrawn in 2011, …"), and at ";", ", but", ", while", a participle after a comma
/// (", referring to …", ", keeping troops …") and a colon before a quotation. Not at ", and that": a reported
/// list of facts stays one statement. Patterns: <c>Rules/statements/patterns.yaml</c>.
/// </summary>
internal sealed class ClauseSplitter
{
    private readonly Pattern _break, _fronted;

    private ClauseSplitter()
    {
        var p = PatternLibrary.Load("statements/patterns.yaml");
        _break = p.Pattern("clauseBreak");
        _fronted = p.Pattern("frontedClause");
    }

    /// <summary>The shared splitter.</summary>
    public static ClauseSplitter Default { get; } = new();

    /// <summary>The clauses of <paramref name="text"/> as [start, end) offsets, trimmed, in order.</summary>
    public List<(int Start, int End)> Split(string text)
    {
        var clauses = new List<(int Start, int End)>();
        var start = 0;
        var fronted = _fronted.Match(text);
        if (fronted.Success)
        {
            Add(clauses, text, 0, fronted.Index + fronted.Length);
            start = fronted.Index + fronted.Length;
        }
        for (var m = _break.Match(text, start); m.Success; m = m.NextMatch())
        {
            Add(clauses, text, start, m.Index);
            start = m.Index + m.Length;
        }
        Add(clauses, text, start, text.Length);
        return clauses;
    }

    private static void Add(List<(int Start, int End)> clauses, string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':')) end--;
        if (end > start) clauses.Add((start, end));
    }
}
