namespace Analysis.Kernel.Backend;

/// <summary>One output of a cell, as the protocol layer publishes it on IOPub.</summary>
public abstract record KernelOutput;

/// <summary>Text written to stdout or stderr.</summary>
/// <param name="Name">"stdout" or "stderr".</param>
/// <param name="Text">The text written.</param>
public sealed record KernelStreamOutput(string Name, string Text) : KernelOutput;

/// <summary>A rich value displayed explicitly during the cell (display_data).</summary>
/// <param name="Data">Mime type → content; JSON mime types hold JSON text.</param>
public sealed record KernelDisplayOutput(IReadOnlyDictionary<string, string> Data) : KernelOutput;

/// <summary>The value of the cell's last expression (execute_result).</summary>
/// <param name="Data">Mime type → content; JSON mime types hold JSON text.</param>
public sealed record KernelResultOutput(IReadOnlyDictionary<string, string> Data) : KernelOutput;

/// <summary>The error that ended the cell.</summary>
/// <param name="Name">Exception or diagnostic name (ename).</param>
/// <param name="Value">Message (evalue).</param>
/// <param name="Traceback">Lines shown to the user.</param>
public sealed record KernelErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : KernelOutput;

/// <summary>The outcome of one cell.</summary>
/// <param name="Success">False when the cell failed to compile, threw, timed out or was interrupted.</param>
/// <param name="Outputs">Every output of the cell in order.</param>
public sealed record KernelExecutionResult(bool Success, IReadOnlyList<KernelOutput> Outputs);

/// <summary>Completion candidates replacing the code between <paramref name="CursorStart"/> and <paramref name="CursorEnd"/>.</summary>
/// <param name="Matches">Candidates, best first.</param>
/// <param name="CursorStart">Start (UTF-16 index) of the text the candidates replace.</param>
/// <param name="CursorEnd">End (UTF-16 index) of the text the candidates replace.</param>
public sealed record KernelCompletion(IReadOnlyList<string> Matches, int CursorStart, int CursorEnd);

/// <summary>Answer to is_complete_request.</summary>
public enum KernelCodeCompleteness
{
    /// <summary>Ready to run.</summary>
    Complete,

    /// <summary>More input is expected (an open brace, an unterminated string).</summary>
    Incomplete,

    /// <summary>Cannot become valid by adding text.</summary>
    Invalid,

    /// <summary>The backend cannot tell.</summary>
    Unknown,
}
