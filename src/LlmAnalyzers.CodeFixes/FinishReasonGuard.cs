using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LlmAnalyzers.Rules;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LlmAnalyzers.CodeFixes;

/// <summary>
/// The finish-reason guard: inserted after the statement that obtains a response (or around the loop over a stream).
/// Every fixer whose rule reports a request call offers it, as a second action, when the analyzer attached the guard
/// properties to the diagnostic.
/// </summary>
internal static class FinishReasonGuard
{
    public const string Title = "Add finish-reason guard";

    public static void Register(CodeFixContext context, Diagnostic diagnostic)
    {
        if (diagnostic.Properties.ContainsKey(DiagnosticProperties.Guard))
            context.RegisterCodeFix(CodeAction.Create(Title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), FinishReasonGuardFixer.AddGuardKey), diagnostic);
    }

    public static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var names = new Dictionary<SyntaxNode, HashSet<string>>();
        var anchors = new HashSet<TextSpan>();
        foreach (var diagnostic in diagnostics)
        {
            if (!GuardProperties.TryRead(diagnostic.Properties, out var properties) || !anchors.Add(properties.Anchor))
                continue;

            if (properties.ExpressionBody is { } bodyKind && FindResponse(properties.Key) is { } bodyResponse)
            {
                AddExpressionBodyGuard(editor, properties.Anchor, bodyKind == "return", bodyResponse, bodyResponse.Guards[Math.Min(properties.Variant, bodyResponse.Guards.Length - 1)], properties, names, cancellationToken);
                continue;
            }

            var anchorSpan = properties.Anchor;
            if (editor.OriginalRoot.FindNode(anchorSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault(s => s.Span == anchorSpan) is not { } anchor)
                continue;

            var scope = anchor.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode)editor.OriginalRoot;
            if (!names.TryGetValue(scope, out var used))
                names[scope] = used = new HashSet<string>(scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));

            var layout = new Layout(editor.OriginalRoot, anchor);
            var variant = properties.Variant;
            // One type can be both a response and a stream's update (a stream of whole responses): only a stream has a loop variable.
            var isStream = properties.Update is not null;
            if (isStream && FindStream(properties.Key) is { } stream)
                AddStreamGuard(editor, anchor, stream, stream.Guards[Math.Min(variant, stream.Guards.Length - 1)], properties, used, layout);
            else if (!isStream && FindResponse(properties.Key) is { } response)
                AddResponseGuard(editor, anchor, response, response.Guards[Math.Min(variant, response.Guards.Length - 1)], properties, used, layout, cancellationToken);
        }

        var changed = editor.GetChangedDocument();
        return await SafeImports.AddAsync(changed, cancellationToken).ConfigureAwait(false);
    }

    private static void AddResponseGuard(DocumentEditor editor, StatementSyntax anchor, ResponseDescriptor response, GuardSpec guard, GuardProperties properties, HashSet<string> used, Layout layout, CancellationToken cancellationToken)
    {
        if (properties.Access is { } access)
        {
            InsertAfter(editor, anchor, layout.After(GuardWriter.Guard(guard, access), blankBefore: false));
            return;
        }

        if (properties.Expression is not { } expressionSpan
            || anchor.DescendantNodesAndSelf(expressionSpan).OfType<ExpressionSyntax>().FirstOrDefault(e => e.Span == expressionSpan) is not { } expression)
        {
            return;
        }

        // Move the response into a local declared just before the statement, guard it, and use the local.
        var name = Fresh(used, CamelCase(response.Type));
        var declaration = Declaration(editor, expression, name, cancellationToken);
        editor.ReplaceNode(anchor, (current, _) => ((StatementSyntax)current)
            .ReplaceNode(current.DescendantNodes().OfType<ExpressionSyntax>().First(e => e.IsEquivalentTo(expression)), IdentifierName(name).WithTriviaFrom(expression))
            .WithLeadingTrivia(ElasticMarker));
        InsertBefore(editor, anchor, layout.First(declaration), layout.After(GuardWriter.Guard(guard, name), blankBefore: false, nextIsAnchor: true));
    }

    /// <summary><c>=&gt; use(response)</c> becomes <c>{ var r = response; guard; return use(r); }</c>.</summary>
    private static void AddExpressionBodyGuard(DocumentEditor editor, TextSpan bodySpan, bool returns, ResponseDescriptor response, GuardSpec guard, GuardProperties properties, Dictionary<SyntaxNode, HashSet<string>> names, CancellationToken cancellationToken)
    {
        if (editor.OriginalRoot.FindNode(bodySpan, getInnermostNodeForTie: true) is not ExpressionSyntax body
            || body.Span != bodySpan
            || properties.Expression is not { } expressionSpan
            || body.DescendantNodesAndSelf(expressionSpan).OfType<ExpressionSyntax>().FirstOrDefault(e => e.Span == expressionSpan) is not { } expression)
        {
            return;
        }

        SyntaxNode? owner = body.Parent switch
        {
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax or LocalFunctionStatementSyntax } arrow => arrow.Parent,
            AnonymousFunctionExpressionSyntax lambda when lambda.ExpressionBody == body => lambda,
            _ => null,
        };
        if (owner is null)
            return;

        var scope = owner.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? owner;
        if (!names.TryGetValue(scope, out var used))
            names[scope] = used = new HashSet<string>(scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
        var name = Fresh(used, CamelCase(response.Type));
        var newLine = editor.OriginalRoot.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } trivia ? trivia : ElasticCarriageReturnLineFeed;

        var replaced = expression.Parent is ParenthesizedExpressionSyntax parenthesized ? parenthesized : expression;
        var rest = body == replaced ? IdentifierName(name) : body.ReplaceNode(replaced, IdentifierName(name).WithTriviaFrom(replaced)).WithoutTrivia();
        var block = Block(
                Declaration(editor, expression, name, cancellationToken).WithTrailingTrivia(newLine),
                GuardWriter.Guard(guard, name).WithTrailingTrivia(newLine, newLine),
                returns ? ReturnStatement(rest) : ExpressionStatement(rest))
            .WithAdditionalAnnotations(Formatter.Annotation);

        editor.ReplaceNode(owner, (current, _) => current switch
        {
            MethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            LocalFunctionStatementSyntax function => function.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            AnonymousFunctionExpressionSyntax lambda => lambda.WithExpressionBody(null).WithBlock(block),
            _ => current,
        });
    }

    private static LocalDeclarationStatementSyntax Declaration(DocumentEditor editor, ExpressionSyntax expression, string name, CancellationToken cancellationToken)
    {
        var typeInfo = editor.SemanticModel.GetTypeInfo(expression, cancellationToken);
        var type = SymbolEqualityComparer.Default.Equals(typeInfo.Type, typeInfo.ConvertedType) || typeInfo.ConvertedType is null
            ? IdentifierName("var")
            : ((TypeSyntax)editor.Generator.TypeExpression(typeInfo.ConvertedType)).WithAdditionalAnnotations(Simplifier.AddImportsAnnotation);
        return LocalDeclarationStatement(VariableDeclaration(type, SingletonSeparatedList(
                VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(expression.WithoutTrivia())))))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static void AddStreamGuard(DocumentEditor editor, StatementSyntax anchor, StreamDescriptor stream, GuardSpec guard, GuardProperties properties, HashSet<string> used, Layout layout)
    {
        if (anchor is not CommonForEachStatementSyntax loop || properties.Update is not { } update)
        {
            return;
        }

        var recorded = Fresh(used, stream.RecordedName);
        var record = GuardWriter.Record(stream, update, recorded, preferred => Fresh(used, preferred));
        var declaration = GuardWriter.Statement($"{RecordedType(editor.SemanticModel, anchor.SpanStart, stream.RecordedType)} {recorded} = null;");

        var recordStatement = layout.Line(GuardWriter.Statement(record));
        editor.ReplaceNode(anchor, (current, _) =>
        {
            var currentLoop = (CommonForEachStatementSyntax)current;
            var body = currentLoop.Statement is BlockSyntax block
                ? block.WithStatements(block.Statements.Insert(0, recordStatement))
                : Block(recordStatement, currentLoop.Statement).WithAdditionalAnnotations(Formatter.Annotation);
            return currentLoop.WithStatement(body).WithLeadingTrivia(ElasticMarker);
        });
        InsertBefore(editor, anchor, layout.First(declaration));
        InsertAfter(editor, anchor, layout.After(GuardWriter.Guard(guard, recorded), blankBefore: true));
    }

    /// <summary>Where nullable annotations are off, <c>string?</c> draws a warning: a reference type is nullable there anyway.</summary>
    private static string RecordedType(SemanticModel model, int position, string type)
    {
        if (!type.EndsWith("?", StringComparison.Ordinal) || model.GetNullableContext(position).AnnotationsEnabled())
            return type;
        var underlying = type.Substring(0, type.Length - 1);
        return model.GetSpeculativeTypeInfo(position, ParseTypeName(underlying), SpeculativeBindingOption.BindAsTypeOrNamespace).Type is { IsReferenceType: true } ? underlying : type;
    }

    /// <summary>Line breaks for inserted statements, in the document's own newline style.</summary>
    private sealed class Layout
    {
        private readonly SyntaxTrivia _newLine;
        private readonly StatementSyntax _anchor;
        private readonly bool _nextStartsWithBlankLine;
        private readonly bool _anchorIsLast;

        public Layout(SyntaxNode root, StatementSyntax anchor)
        {
            _anchor = anchor;
            _newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } trivia ? trivia : ElasticCarriageReturnLineFeed;
            var next = anchor.Parent is GlobalStatementSyntax global
                ? (global.Parent?.ChildNodes().SkipWhile(n => n != global).Skip(1).FirstOrDefault() as GlobalStatementSyntax)?.Statement
                : anchor.Parent?.ChildNodes().OfType<StatementSyntax>().SkipWhile(n => n != anchor).Skip(1).FirstOrDefault();
            _anchorIsLast = next is null;
            _nextStartsWithBlankLine = next?.GetLeadingTrivia().FirstOrDefault().IsKind(SyntaxKind.EndOfLineTrivia) == true;
        }

        /// <summary>The first inserted statement takes over the anchor's leading trivia (indentation, blank line, comments).</summary>
        public StatementSyntax First(StatementSyntax statement) => statement.WithLeadingTrivia(_anchor.GetLeadingTrivia()).WithTrailingTrivia(_newLine);

        public StatementSyntax Line(StatementSyntax statement) => statement.WithLeadingTrivia(ElasticMarker).WithTrailingTrivia(_newLine);

        /// <summary>A guard: a blank line after it unless one follows already; optionally one before it.</summary>
        public StatementSyntax After(StatementSyntax guard, bool blankBefore, bool nextIsAnchor = false)
        {
            var blankAfter = nextIsAnchor || (!_anchorIsLast && !_nextStartsWithBlankLine);
            return guard
                .WithLeadingTrivia(blankBefore ? TriviaList(_newLine, ElasticMarker) : TriviaList(ElasticMarker))
                .WithTrailingTrivia(blankAfter ? TriviaList(_newLine, _newLine) : TriviaList(_newLine));
        }
    }

    private static string Fresh(HashSet<string> used, string preferred)
    {
        var name = preferred;
        for (var i = 2; used.Contains(name); i++)
            name = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        used.Add(name);
        return name;
    }

    private static string CamelCase(string metadataName)
    {
        var name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        var tick = name.IndexOf('`');
        if (tick >= 0)
            name = name.Substring(0, tick);
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>Statements of top-level programs sit inside global statements.</summary>
    private static void InsertBefore(DocumentEditor editor, StatementSyntax anchor, params StatementSyntax[] statements)
    {
        if (anchor.Parent is GlobalStatementSyntax global)
            editor.InsertBefore(global, statements.Select(TopLevel));
        else
            editor.InsertBefore(anchor, statements);
    }

    private static void InsertAfter(DocumentEditor editor, StatementSyntax anchor, StatementSyntax statement)
    {
        if (anchor.Parent is GlobalStatementSyntax global)
            editor.InsertAfter(global, TopLevel(statement));
        else
            editor.InsertAfter(anchor, statement);
    }

    /// <summary>Elastic trivia between top-level members makes the formatter add blank lines; keep only real trivia.</summary>
    private static GlobalStatementSyntax TopLevel(StatementSyntax statement)
        => GlobalStatement(statement.WithLeadingTrivia(statement.GetLeadingTrivia().Where(t => !t.HasAnnotation(SyntaxAnnotation.ElasticAnnotation))));

    private static ResponseDescriptor? FindResponse(string? key)
        => KnownSdks.All.SelectMany(s => s.Responses).FirstOrDefault(r => r.Type == key);

    private static StreamDescriptor? FindStream(string? key)
        => KnownSdks.All.SelectMany(s => s.Streams).FirstOrDefault(s => s.UpdateType == key);

}
