using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LlmAnalyzers.Configuration;
using LlmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LlmAnalyzers.CodeFixes;

/// <summary>LLM0001: sets the cap on the options the call already builds, or passes new options.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaxOutputTokensFixer))]
[Shared]
public sealed class MaxOutputTokensFixer : CodeFixProvider
{
    public const string SetMaxOutputTokensKey = "LLM0001_SetMaxOutputTokens";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MissingMaxOutputTokens);

    /// <summary>Hosts such as dotnet format may pass other rules' diagnostics; act only on ours.</summary>
    private IEnumerable<Diagnostic> Own(CodeFixContext context) => context.Diagnostics.Where(d => FixableDiagnosticIds.Contains(d.Id));

    public override FixAllProvider GetFixAllProvider() => new FixAll();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in Own(context))
        {
            if (!diagnostic.Properties.ContainsKey(DiagnosticProperties.CapFix))
                continue;

            var value = DefaultCap(context.Document);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Set a max output token limit ({value.ToString(CultureInfo.InvariantCulture)})",
                    cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    SetMaxOutputTokensKey),
                diagnostic);
        }

        foreach (var diagnostic in Own(context))
            FinishReasonGuard.Register(context, diagnostic);

        return Task.CompletedTask;
    }

    private static int DefaultCap(Document document)
        => document.TryGetSyntaxTree(out var tree)
            ? LlmConfig.Parse(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree)).DefaultMaxOutputTokens
            : LlmOptions.DefaultMaxOutputTokensValue;

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var root = editor.OriginalRoot;
        var value = DefaultCap(document);
        var edited = new HashSet<SyntaxNode>();

        foreach (var diagnostic in diagnostics)
        {
            if (!CapFixProperties.TryRead(diagnostic.Properties, out var shape, out var parameterName, out var optionsTypeName, out var capMember))
                continue;

            if (shape == CapFixShapes.AddToCreations)
            {
                foreach (var location in diagnostic.AdditionalLocations)
                {
                    if (root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation
                        && edited.Add(creation))
                    {
                        editor.ReplaceNode(creation, AddCap(creation, capMember, value));
                    }
                }

                continue;
            }

            if (root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation
                || editor.SemanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method
                || editor.SemanticModel.Compilation.GetTypeByMetadataName(optionsTypeName) is not { } optionsType
                || !edited.Add(invocation))
            {
                continue;
            }

            var options = NewOptions(editor.Generator, optionsType, capMember, value);
            var parameterIndex = method.Parameters.IndexOf(method.Parameters.FirstOrDefault(p => p.Name == parameterName)!);
            if (parameterIndex < 0)
                continue;

            var arguments = invocation.ArgumentList.Arguments;
            if (shape == CapFixShapes.ReplaceArgument)
            {
                var argument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameterName)
                    ?? (parameterIndex < arguments.Count && arguments.Take(parameterIndex + 1).All(a => a.NameColon is null) ? arguments[parameterIndex] : null);
                if (argument is not null)
                    editor.ReplaceNode(argument.Expression, options.WithTriviaFrom(argument.Expression));
            }
            else if (shape == CapFixShapes.AddArgument)
            {
                var positional = arguments.Count == parameterIndex && arguments.All(a => a.NameColon is null);
                var argument = positional ? Argument(options) : Argument(NameColon(IdentifierName(parameterName)), default, options);
                editor.ReplaceNode(invocation.ArgumentList, invocation.ArgumentList.AddArguments(argument));
            }
        }

        return await SafeImports.AddAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    private static ExpressionSyntax NewOptions(SyntaxGenerator generator, INamedTypeSymbol optionsType, string capMember, int value)
    {
        var type = ((TypeSyntax)generator.TypeExpression(optionsType)).WithAdditionalAnnotations(Simplifier.AddImportsAnnotation);
        return ObjectCreationExpression(type, argumentList: null, CapInitializer(capMember, value))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static BaseObjectCreationExpressionSyntax AddCap(BaseObjectCreationExpressionSyntax creation, string capMember, int value)
    {
        if (creation.Initializer is { Expressions.Count: > 0 } initializer)
        {
            if (initializer.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == capMember) is { } existing)
                return creation.ReplaceNode(existing.Right, CapAssignment(capMember, value).Right.WithTriviaFrom(existing.Right));

            var expressions = initializer.Expressions;
            var assignment = CapAssignment(capMember, value).WithLeadingTrivia(expressions[expressions.Count - 1].GetLeadingTrivia());
            return creation.WithInitializer(initializer.WithExpressions(Append(expressions, assignment))).WithAdditionalAnnotations(Formatter.Annotation);
        }

        var withInitializer = creation.WithInitializer(CapInitializer(capMember, value));
        if (withInitializer is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } explicitType)
            withInitializer = explicitType.WithArgumentList(null).WithType(explicitType.Type.WithTrailingTrivia(Space));
        return withInitializer.WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>Appends an element in the list's own layout: one per line stays one per line, a trailing comma stays.</summary>
    private static SeparatedSyntaxList<ExpressionSyntax> Append(SeparatedSyntaxList<ExpressionSyntax> expressions, ExpressionSyntax added)
    {
        var items = expressions.GetWithSeparators();
        var last = items[items.Count - 1];
        var trailing = last.GetTrailingTrivia();
        if (expressions.SeparatorCount == expressions.Count)
            return SeparatedList<ExpressionSyntax>(items.Add(added).Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(trailing)));

        items = items.Replace(last, last.WithTrailingTrivia(SyntaxTriviaList.Empty));
        return SeparatedList<ExpressionSyntax>(items.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(trailing)).Add(added.WithTrailingTrivia(trailing)));
    }

    private static InitializerExpressionSyntax CapInitializer(string capMember, int value)
        => InitializerExpression(SyntaxKind.ObjectInitializerExpression, SingletonSeparatedList<ExpressionSyntax>(CapAssignment(capMember, value)));

    private static AssignmentExpressionSyntax CapAssignment(string capMember, int value)
        => AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(capMember), LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value)));

    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext)
            => fixAllContext.CodeActionEquivalenceKey == FinishReasonGuardFixer.AddGuardKey ? "Add finish-reason guards" : "Set a max output token limit on every request";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            => fixAllContext.CodeActionEquivalenceKey == FinishReasonGuardFixer.AddGuardKey
                ? await FinishReasonGuard.FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false)
                : await FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
