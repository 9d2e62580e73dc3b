namespace Analysis.Charts;

/// <summary>No headless chromium was found to export charts with.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    /// <summary>How to fix it, appended to every message.</summary>
    public const string InstallHint =
        "Install it with `apt-get install chromium` (Debian/Ubuntu), or set ANALYSIS_CHROMIUM to the browser executable.";

    /// <summary>Creates the exception with a message naming what was searched and how to install.</summary>
    public ChromiumNotFoundException(string message) : base(message) { }

    /// <summary>Creates the exception with the install hint.</summary>
    public ChromiumNotFoundException() : base("No chromium browser was found. " + InstallHint) { }

    /// <summary>Creates the exception wrapping a cause.</summary>
    public ChromiumNotFoundException(string message, Exception inner) : base(message, inner) { }
}
