namespace Analysis.Charts;

/// <summary>plotly.js (npm package <c>plotly.js-dist-min</c>) is not installed where charts look for it.</summary>
public sealed class PlotlyJsNotFoundException : Exception
{
    /// <summary>How to fix it, appended to every message.</summary>
    public const string InstallHint =
        "Install it with `npm ci` at the repository root (package.json pins plotly.js-dist-min), "
        + "or set ANALYSIS_PLOTLYJS to the path of plotly.min.js.";

    /// <summary>Creates the exception with a message that names what was searched and how to install.</summary>
    public PlotlyJsNotFoundException(string message) : base(message) { }

    /// <summary>Creates the exception with the install hint.</summary>
    public PlotlyJsNotFoundException() : base("plotly.js was not found. " + InstallHint) { }

    /// <summary>Creates the exception wrapping a cause.</summary>
    public PlotlyJsNotFoundException(string message, Exception inner) : base(message, inner) { }
}
