using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace LlmAnalyzers.CodeFixes;

/// <summary>
/// Adds <c>using</c> directives for inserted code (nodes marked with <see cref="Simplifier.AddImportsAnnotation"/>), except
/// where the namespace declares a type whose simple name the document already uses: that import could make existing
/// code ambiguous, so those names stay qualified.
/// </summary>
internal static class SafeImports
{
    public static async Task<Document> AddAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null)
            return document;

        var inserted = unit.GetAnnotatedNodes(Simplifier.AddImportsAnnotation).ToList();
        if (inserted.Count == 0)
            return document;

        var imported = new HashSet<string>(unit.DescendantNodes().OfType<UsingDirectiveSyntax>().Where(u => u.Alias is null).Select(u => u.Name?.ToString() ?? ""));
        var namespaces = inserted
            .SelectMany(node => node.DescendantNodesAndSelf().OfType<NameSyntax>())
            .Select(name => model.GetSymbolInfo(name, cancellationToken).Symbol)
            .OfType<INamedTypeSymbol>()
            .Select(type => type.ContainingNamespace)
            .Where(ns => ns is { IsGlobalNamespace: false } && !imported.Contains(ns.ToDisplayString()))
            .Distinct<INamespaceSymbol>(SymbolEqualityComparer.Default)
            .ToList();

        var unsafeNamespaces = namespaces.Where(ns => WouldMakeAmbiguous(ns, unit, inserted, model, cancellationToken)).ToList();
        if (unsafeNamespaces.Count > 0)
        {
            var unsafeNodes = inserted.Where(node => node.DescendantNodesAndSelf().OfType<NameSyntax>()
                    .Select(name => model.GetSymbolInfo(name, cancellationToken).Symbol)
                    .OfType<INamedTypeSymbol>()
                    .Any(type => unsafeNamespaces.Contains(type.ContainingNamespace, SymbolEqualityComparer.Default)))
                .ToList();
            document = document.WithSyntaxRoot(unit.ReplaceNodes(unsafeNodes, (_, node) => node.WithoutAnnotations(Simplifier.AddImportsAnnotation)));
        }

        return await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Does existing code use a simple name that binds elsewhere but that <paramref name="ns"/> also declares?</summary>
    private static bool WouldMakeAmbiguous(INamespaceSymbol ns, CompilationUnitSyntax unit, List<SyntaxNode> inserted, SemanticModel model, CancellationToken cancellationToken)
    {
        var declared = new HashSet<string>(ns.GetTypeMembers().Select(t => t.Name));
        foreach (var name in unit.DescendantNodes().OfType<SimpleNameSyntax>())
        {
            if (!declared.Contains(name.Identifier.ValueText)
                || name.Parent is QualifiedNameSyntax { Right: var right } && right == name
                || name.Parent is MemberAccessExpressionSyntax { Name: var member } && member == name
                || inserted.Any(n => n.Span.Contains(name.Span)))
            {
                continue;
            }

            var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            if (symbol is INamedTypeSymbol or INamespaceSymbol && !SymbolEqualityComparer.Default.Equals(symbol.ContainingNamespace, ns))
                return true;
        }

        return false;
    }
}
