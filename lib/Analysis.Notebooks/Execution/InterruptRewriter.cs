using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Injects <c>ScriptInterrupt.Check();</c> at the top of every loop body and every block-bodied method, accessor,
/// local function, lambda and anonymous method of a submission. The call is inserted right after the opening brace,
/// on the same line, so line numbers (and thus stack traces and diagnostics) still match the user's cell.
/// </summary>
internal sealed class InterruptRewriter : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax CheckStatement =
        SyntaxFactory.ParseStatement("global::Analysis.Notebooks.Execution.ScriptInterrupt.Check();");

    /// <summary>Returns the code with interrupt checks injected; the input is parsed as a script.</summary>
    public static string Rewrite(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ScriptParseOptions);
        return new InterruptRewriter().Visit(tree.GetRoot()).ToFullString();
    }

    /// <summary>Parse options for interactive submissions.</summary>
    public static CSharpParseOptions ScriptParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Script);

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        Loop((WhileStatementSyntax)base.VisitWhileStatement(node)!);

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        Loop((DoStatementSyntax)base.VisitDoStatement(node)!);

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        Loop((ForStatementSyntax)base.VisitForStatement(node)!);

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        Loop((ForEachStatementSyntax)base.VisitForEachStatement(node)!);

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        Loop((ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!);

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
        Guarded((MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!, n => n.Body, (n, b) => n.WithBody(b));

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) =>
        Guarded((LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!, n => n.Body, (n, b) => n.WithBody(b));

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        Guarded((ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!, n => n.Body, (n, b) => n.WithBody(b));

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node) =>
        Guarded((AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!, n => n.Body, (n, b) => n.WithBody(b));

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) =>
        Guarded((OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!, n => n.Body, (n, b) => n.WithBody(b));

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        Guarded((ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!, n => n.Block, (n, b) => n.WithBlock(b));

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        Guarded((SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!, n => n.Block, (n, b) => n.WithBlock(b));

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) =>
        Guarded((AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!, n => n.Block, (n, b) => n.WithBlock(b!));

    // The bodies were already visited by base.VisitXxx, so nested loops and lambdas are guarded too.
    private static T Guarded<T>(T visited, Func<T, BlockSyntax?> body, Func<T, BlockSyntax?, T> withBody)
        where T : SyntaxNode =>
        body(visited) is null ? visited : withBody(visited, GuardBody(body(visited)));

    // The check goes right after the brace, before the brace's own trailing trivia (usually the newline), so the
    // following lines keep their columns too.
    private static BlockSyntax? GuardBody(BlockSyntax? visitedBody)
    {
        if (visitedBody is null)
        {
            return null;
        }
        var brace = visitedBody.OpenBraceToken;
        var check = CheckStatement.WithTrailingTrivia(brace.TrailingTrivia);
        return visitedBody
            .WithOpenBraceToken(brace.WithTrailingTrivia())
            .WithStatements(visitedBody.Statements.Insert(0, check));
    }

    private static CommonForEachStatementSyntax Loop(CommonForEachStatementSyntax loop) => loop.WithStatement(Guard(loop.Statement));

    private static StatementSyntax Loop(StatementSyntax loop) => loop switch
    {
        WhileStatementSyntax w => w.WithStatement(Guard(w.Statement)),
        DoStatementSyntax d => d.WithStatement(Guard(d.Statement)),
        ForStatementSyntax f => f.WithStatement(Guard(f.Statement)),
        _ => loop,
    };

    private static StatementSyntax Guard(StatementSyntax statement)
    {
        if (statement is BlockSyntax block)
        {
            return GuardBody(block)!;
        }

        // `while (x) i++;` becomes `while (x) {Check(); i++;}` with the trivia moved onto the braces, so the
        // statement stays on its original line.
        var wrapped = SyntaxFactory.Block(CheckStatement, statement.WithoutTrivia());
        return wrapped
            .WithOpenBraceToken(wrapped.OpenBraceToken.WithLeadingTrivia(statement.GetLeadingTrivia()))
            .WithCloseBraceToken(wrapped.CloseBraceToken.WithTrailingTrivia(statement.GetTrailingTrivia()));
    }
}
