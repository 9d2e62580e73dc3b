using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Notebooks.Execution;

public sealed partial class ScriptEngine
{
    /// <summary>Whether <paramref name="code"/> is a complete submission (Jupyter's <c>is_complete_request</c>).</summary>
    public IsCompleteStatus IsComplete(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var tree = CSharpSyntaxTree.ParseText(code, InterruptRewriter.ScriptParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            return IsCompleteStatus.Incomplete;
        }
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
            ? IsCompleteStatus.Invalid
            : IsCompleteStatus.Complete;
    }

    /// <summary>
    /// Completion candidates at <paramref name="cursorPosition"/>: members of the receiver after a <c>.</c>, otherwise
    /// the symbols in scope (including variables of earlier cells), filtered by the identifier being typed.
    /// </summary>
    public Task<CompletionResult> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(cursorPosition);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cursorPosition, code.Length);
        return Task.Run(() => Complete(code, cursorPosition, cancellationToken), cancellationToken);
    }

    /// <summary>The signature and XML doc summary of the symbol at <paramref name="cursorPosition"/>, or null.</summary>
    /// <param name="detailLevel">0: signature and summary; 1 or more: also parameters, returns and remarks.</param>
    public Task<InspectResult?> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(cursorPosition);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cursorPosition, code.Length);
        return Task.Run(() => Inspect(code, cursorPosition, detailLevel, cancellationToken), cancellationToken);
    }

    private (SemanticModel Model, SyntaxTree Tree) Analyze(string code, CancellationToken cancellationToken)
    {
        var previous = CurrentState;
        var options = _scriptOptions.WithFilePath(Path.Combine(_globals.WorkingDirectory, "completion" + CellErrors.CellFileSuffix));
        Script script = previous is null
            ? CSharpScript.Create<object>(code, options, typeof(ScriptGlobals))
            : previous.Script.ContinueWith<object>(code, options);
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        cancellationToken.ThrowIfCancellationRequested();
        return (compilation.GetSemanticModel(tree), tree);
    }

    private CompletionResult Complete(string code, int cursor, CancellationToken cancellationToken)
    {
        var (model, tree) = Analyze(code, cancellationToken);
        var root = tree.GetRoot(cancellationToken);

        // The identifier being typed (possibly empty) ends at the cursor.
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_'))
        {
            start--;
        }
        var prefix = code[start..cursor];

        var beforeIdentifier = start > 0 ? root.FindToken(start - 1) : default;
        var symbols = beforeIdentifier.IsKind(SyntaxKind.DotToken)
            ? MemberSymbols(model, beforeIdentifier, start)
            : model.LookupSymbols(start);

        var matches = symbols
            .Where(s => s.CanBeReferencedByName && !s.IsImplicitlyDeclared)
            .Select(s => s.Name)
            .Where(name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new CompletionResult(matches, start, cursor);
    }

    private static IEnumerable<ISymbol> MemberSymbols(SemanticModel model, SyntaxToken dot, int position)
    {
        var receiver = dot.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            QualifiedNameSyntax qualified => qualified.Left,
            MemberBindingExpressionSyntax binding => (binding.Parent?.Parent as ConditionalAccessExpressionSyntax)?.Expression,
            _ => null,
        };
        if (receiver is null)
        {
            return [];
        }

        // A type or namespace name before the dot lists static members / nested names; a value lists instance members.
        var symbol = model.GetSymbolInfo(receiver).Symbol;
        if (symbol is INamespaceOrTypeSymbol container)
        {
            return model.LookupSymbols(position, container, includeReducedExtensionMethods: true)
                .Where(s => s.IsStatic || s is INamedTypeSymbol || s is INamespaceSymbol);
        }
        var type = model.GetTypeInfo(receiver).Type;
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return [];
        }
        return model.LookupSymbols(position, type, includeReducedExtensionMethods: true).Where(s => !s.IsStatic || s is IMethodSymbol { MethodKind: MethodKind.ReducedExtension });
    }

    private InspectResult? Inspect(string code, int cursor, int detailLevel, CancellationToken cancellationToken)
    {
        var (model, tree) = Analyze(code, cancellationToken);
        var root = tree.GetRoot(cancellationToken);
        // Jupyter sends the cursor right after the name more often than inside it.
        var token = root.FindToken(Math.Max(0, cursor - 1));
        if (!token.IsKind(SyntaxKind.IdentifierToken) && cursor < code.Length)
        {
            token = root.FindToken(cursor);
        }
        if (token.Parent is not { } node)
        {
            return null;
        }
        var info = model.GetSymbolInfo(node, cancellationToken);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node, cancellationToken);
        if (symbol is null)
        {
            return null;
        }
        var signature = SignatureOf(symbol);
        var text = Describe(symbol, detailLevel);
        var markdown = "```csharp\n" + signature + "\n```\n" + text[signature.Length..].TrimStart('\n');
        return new InspectResult(MimeBundle.Of((MimeBundle.TextPlain, text), (MimeBundle.TextMarkdown, markdown)));
    }

    private static string SignatureOf(ISymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

    private static string Describe(ISymbol symbol, int detailLevel)
    {
        var builder = new StringBuilder(SignatureOf(symbol));
        var xml = (symbol is IMethodSymbol { ReducedFrom: { } original } ? original : symbol).GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return builder.ToString();
        }
        XElement doc;
        try
        {
            doc = XElement.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            return builder.ToString();
        }
        AppendSection(builder, null, doc.Element("summary"));
        if (detailLevel > 0)
        {
            foreach (var parameter in doc.Elements("param"))
            {
                AppendSection(builder, "Parameter " + parameter.Attribute("name")?.Value, parameter);
            }
            AppendSection(builder, "Returns", doc.Element("returns"));
            AppendSection(builder, "Remarks", doc.Element("remarks"));
        }
        return builder.ToString();
    }

    private static void AppendSection(StringBuilder builder, string? heading, XElement? element)
    {
        if (element is null)
        {
            return;
        }
        var text = DocText(element);
        if (text.Length == 0)
        {
            return;
        }
        builder.Append('\n').Append('\n');
        if (heading is not null)
        {
            builder.Append(heading).Append(": ");
        }
        builder.Append(text);
    }

    // <see cref="T:System.String"/> and friends become the referenced name; whitespace is collapsed.
    private static string DocText(XElement element)
    {
        var parts = element.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } see =>
                see.Attribute("cref")?.Value is { } cref ? cref[(cref.LastIndexOf('.') + 1)..] : see.Attribute("langword")?.Value ?? see.Value,
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? "",
            XElement other => other.Value,
            _ => "",
        });
        return string.Join(" ", string.Concat(parts).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
