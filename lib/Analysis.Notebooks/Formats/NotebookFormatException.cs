namespace Analysis.Notebooks.Formats;

/// <summary>A notebook file that cannot be read; the message names the file and the line or cell at fault.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotebookFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
