using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>
/// Wrong variants of correct code, for the fixers to repair in realistic surroundings: one finish-reason read replaced
/// by <c>default</c>, or one cap assignment removed.
/// </summary>
internal static class Decorrect
{
    private static readonly HashSet<string> CheckMembers = ["FinishReason", "StopReason", "Status", "IncompleteStatusDetails"];
    private static readonly HashSet<string> CapMembers = ["MaxOutputTokenCount", "MaxOutputTokens", "MaxTokens", "defaultMaxOutputTokens"];

    public static IEnumerable<Mutant> Variants(string text, Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();

        foreach (var read in root.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(m => CheckMembers.Contains(m.Name.Identifier.ValueText)))
        {
            if (read.Parent is AssignmentExpressionSyntax assignment && assignment.Left == read)
                continue;
            if (model.GetTypeInfo(read).Type is { TypeKind: not TypeKind.Error } type)
                yield return Replace(text, read.Span, $"default({type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)})", $"'{read}' replaced by default");
        }

        foreach (var subpattern in root.DescendantNodes().OfType<SubpatternSyntax>().Where(s => s.ExpressionColon?.Expression is IdentifierNameSyntax name && CheckMembers.Contains(name.Identifier.ValueText)))
            yield return Replace(text, subpattern.Span, "Id: var _", $"pattern '{subpattern}' replaced");

        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax name, Parent: InitializerExpressionSyntax initializer } element when CapMembers.Contains(name.Identifier.ValueText):
                    var index = initializer.Expressions.IndexOf(element);
                    var span = index < initializer.Expressions.SeparatorCount
                        ? TextSpan.FromBounds(element.SpanStart, initializer.Expressions.GetSeparator(index).Span.End)
                        : index > 0 ? TextSpan.FromBounds(initializer.Expressions.GetSeparator(index - 1).SpanStart, element.Span.End) : element.Span;
                    yield return Replace(text, span, "", $"initializer '{element}' removed");
                    break;
                case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax target } } statement when CapMembers.Contains(target.Name.Identifier.ValueText):
                    yield return Replace(text, statement.Span, ";", $"'{statement}' removed");
                    break;
                case ArgumentSyntax { NameColon.Name: var parameter, Parent: ArgumentListSyntax arguments } argument when CapMembers.Contains(parameter.Identifier.ValueText) && arguments.Arguments.IndexOf(argument) > 0:
                    var position = arguments.Arguments.IndexOf(argument);
                    yield return Replace(text, TextSpan.FromBounds(arguments.Arguments.GetSeparator(position - 1).SpanStart, argument.Span.End), "", $"argument '{argument}' removed");
                    break;
            }
        }
    }

    private static Mutant Replace(string text, TextSpan span, string replacement, string description) =>
        new(description, text[..span.Start] + replacement + text[span.End..]);
}
