namespace Analysis.Frames.Internal;

/// <summary>The closed set of column element types and their short display names.</summary>
internal static class ColumnTypes
{
    public static readonly IReadOnlyList<Type> Supported =
        [typeof(string), typeof(long), typeof(double), typeof(bool), typeof(DateOnly), typeof(DateTime)];

    public static bool IsSupported(Type type) => Supported.Contains(type);

    public static bool IsNumeric(Type type) => type == typeof(long) || type == typeof(double);

    /// <summary>Short lower-case names used in previews, HTML headers and error messages.</summary>
    public static string DisplayName(Type type) =>
        type == typeof(string) ? "string"
        : type == typeof(long) ? "long"
        : type == typeof(double) ? "double"
        : type == typeof(bool) ? "bool"
        : type == typeof(DateOnly) ? "date"
        : type == typeof(DateTime) ? "datetime"
        : type.Name;

    public static string SupportedList => "string, long, double, bool, DateOnly, DateTime";
}
