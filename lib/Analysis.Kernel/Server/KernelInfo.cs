using System.Reflection;
using System.Text.Json.Nodes;
using Analysis.Kernel.Protocol;

namespace Analysis.Kernel.Server;

/// <summary>The kernel_info_reply content: what frontends show and how they highlight C#.</summary>
internal static class KernelInfo
{
    public const string Implementation = "analysis";

    /// <summary>The C# language version .NET 10's Roslyn scripting compiles by default.</summary>
    public const string LanguageVersion = "14.0";

    public const string Banner = "Analysis C# kernel: Roslyn scripting with Analysis.Core, Analysis.Frames and Analysis.Charts preloaded.";

    public static string ImplementationVersion { get; } =
        typeof(KernelInfo).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";

    public static JsonObject ReplyContent() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageFactory.ProtocolVersion,
        ["implementation"] = Implementation,
        ["implementation_version"] = ImplementationVersion,
        ["language_info"] = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = LanguageVersion,
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = Banner,
        ["debugger"] = false,
        ["help_links"] = new JsonArray
        {
            new JsonObject { ["text"] = "C# language reference", ["url"] = "https://learn.microsoft.com/dotnet/csharp/" },
            new JsonObject { ["text"] = ".NET API browser", ["url"] = "https://learn.microsoft.com/dotnet/api/" },
        },
    };
}
