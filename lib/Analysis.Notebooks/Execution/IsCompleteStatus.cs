namespace Analysis.Notebooks.Execution;

/// <summary>Whether a piece of code is ready to run, as the Jupyter <c>is_complete_request</c> asks.</summary>
public enum IsCompleteStatus
{
    /// <summary>The code is a complete submission.</summary>
    Complete,

    /// <summary>The code needs more input (unclosed brace, string, parenthesis…).</summary>
    Incomplete,

    /// <summary>The code is complete but cannot be valid C# (a parse error that more input would not fix).</summary>
    Invalid,
}
