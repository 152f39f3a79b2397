using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LlmAnalyzers.Tests.Docs;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>A C# source written in a test: <see cref="Text"/> without markup, <see cref="Spans"/> from it.</summary>
internal sealed record TestSource(string Origin, string Text, ImmutableArray<MarkupSpan> Spans, TestSdks Sdks)
{
    public OutputKind OutputKind => IsExecutable(Text) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;

    public override string ToString() => Origin;

    public static bool IsExecutable(string text) =>
        CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot().Members.Any(m => m is GlobalStatementSyntax);
}

/// <summary>
/// The C# sources the test project's own files write as string literals: constants and string concatenations are
/// resolved, <c>[InlineData]</c> values are substituted into interpolated strings (one source per row), markup is removed.
/// </summary>
internal static class TestSources
{
    private const int MaxVariants = 32;
    private static readonly Regex MarkupTokens = new(@"\[\||\|\]|\{\|[A-Za-z0-9_]+:|\|\}", RegexOptions.Compiled);
    private static readonly Lazy<ImmutableArray<TestSource>> LazyAll = new(Load);

    /// <summary>Every distinct source, in file and position order.</summary>
    public static ImmutableArray<TestSource> All => LazyAll.Value;

    /// <summary>The test project's .cs files (not stub SDK sources, not the valid-code corpus, not build output), relative to the repository.</summary>
    public static IEnumerable<string> Files()
    {
        var project = Repository.PathOf("tests/LlmAnalyzers.Tests");
        return Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(project, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal)
                && !path.StartsWith("ValidCode/", StringComparison.Ordinal)
                && !(path.StartsWith("Stubs/", StringComparison.Ordinal) && path.Count(c => c == '/') > 1))
            .Order(StringComparer.Ordinal)
            .Select(path => "tests/LlmAnalyzers.Tests/" + path);
    }

    private static ImmutableArray<TestSource> Load()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<TestSource>();
        foreach (var file in Files())
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(Repository.PathOf(file))).GetCompilationUnitRoot();
            foreach (var (line, markup, sdks) in Extract(root))
            {
                if (!markup.Contains("class ", StringComparison.Ordinal) && !markup.Contains("using ", StringComparison.Ordinal))
                    continue;
                if (!seen.Add(markup))
                    continue;
                var (text, spans) = StripMarkup(markup);
                result.Add(new TestSource($"{Path.GetFileName(file)}:{line}#{result.Count}", text, spans, sdks));
            }
        }

        return result.ToImmutable();
    }

    private static (string Text, ImmutableArray<MarkupSpan> Spans) StripMarkup(string markup)
    {
        try
        {
            var parsed = Markup.Parse(markup);
            return (parsed.Text, parsed.Spans);
        }
        catch (FormatException)
        {
            return (MarkupTokens.Replace(markup, ""), []);
        }
    }

    private static IEnumerable<(int Line, string Text, TestSdks Sdks)> Extract(CompilationUnitSyntax root)
    {
        var constants = root.DescendantNodes().OfType<VariableDeclaratorSyntax>()
            .Where(v => v.Initializer is not null && v.Parent?.Parent is FieldDeclarationSyntax)
            .GroupBy(v => v.Identifier.ValueText)
            .ToDictionary(g => g.Key, g => g.First().Initializer!.Value);

        var roots = root.DescendantNodes()
            .Where(n => n is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } or InterpolatedStringExpressionSyntax)
            .Select(n => Outermost((ExpressionSyntax)n))
            .Distinct();

        foreach (var expression in roots)
        {
            var member = expression.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or FieldDeclarationSyntax);
            var sdks = SdksNamedIn(member) ?? SdksNamedIn(expression.FirstAncestorOrSelf<TypeDeclarationSyntax>()) ?? TestSdks.All;
            var line = expression.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            foreach (var row in Rows(member as MethodDeclarationSyntax))
            {
                foreach (var text in Evaluate(expression, constants, row, depth: 0).Distinct().Take(MaxVariants))
                    yield return (line, text, sdks);
            }
        }
    }

    /// <summary>Climbs from a string through concatenations and interpolations to the whole string expression.</summary>
    private static ExpressionSyntax Outermost(ExpressionSyntax expression)
    {
        var current = expression;
        while (true)
        {
            switch (current.Parent)
            {
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add:
                    current = add;
                    continue;
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized;
                    continue;
                case InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax outer }:
                    current = outer;
                    continue;
                default:
                    return current;
            }
        }
    }

    /// <summary>The parameter values of each <c>[InlineData]</c> row of the method; one empty row when there are none.</summary>
    private static IEnumerable<Dictionary<string, string>> Rows(MethodDeclarationSyntax? method)
    {
        var rows = method?.AttributeLists.SelectMany(l => l.Attributes)
            .Where(a => a.Name.ToString() is "InlineData" or "InlineDataAttribute" or "Xunit.InlineData")
            .Select(a => (a.ArgumentList?.Arguments ?? default)
                .Select((argument, i) => (Name: i < method.ParameterList.Parameters.Count ? method.ParameterList.Parameters[i].Identifier.ValueText : null, argument.Expression))
                .Where(x => x.Name is not null && x.Expression is LiteralExpressionSyntax)
                .ToDictionary(x => x.Name!, x => ((LiteralExpressionSyntax)x.Expression).Token.ValueText))
            .ToList();
        return rows is { Count: > 0 } ? rows : [new Dictionary<string, string>()];
    }

    /// <summary>The <c>TestSdks</c> flags written in <paramref name="node"/>, when they can share one compilation.</summary>
    private static TestSdks? SdksNamedIn(SyntaxNode? node)
    {
        var flags = (node?.DescendantNodes() ?? [])
            .OfType<MemberAccessExpressionSyntax>()
            .Where(a => a.Expression.ToString() == nameof(TestSdks) && Enum.TryParse<TestSdks>(a.Name.Identifier.ValueText, out _))
            .Aggregate(TestSdks.None, (all, a) => all | Enum.Parse<TestSdks>(a.Name.Identifier.ValueText));
        if (flags == TestSdks.None)
            return null;
        try
        {
            _ = References.For(flags);
            return flags;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The possible values of a string expression; an expression it cannot evaluate reads as its own source text.</summary>
    private static IEnumerable<string> Evaluate(ExpressionSyntax expression, Dictionary<string, ExpressionSyntax> constants, Dictionary<string, string> row, int depth)
    {
        if (depth > 8)
            return [expression.ToString()];

        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return [literal.Token.ValueText];
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, constants, row, depth + 1);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add:
                var right = Evaluate(add.Right, constants, row, depth + 1).ToList();
                return Evaluate(add.Left, constants, row, depth + 1).SelectMany(l => right.Select(r => l + r)).Take(MaxVariants);
            case IdentifierNameSyntax name when row.TryGetValue(name.Identifier.ValueText, out var value):
                return [value];
            case IdentifierNameSyntax name when constants.TryGetValue(name.Identifier.ValueText, out var initializer):
                return Evaluate(initializer, constants, row, depth + 1);
            case InterpolatedStringExpressionSyntax interpolated:
                IEnumerable<string> texts = [""];
                foreach (var content in interpolated.Contents)
                {
                    var parts = content switch
                    {
                        InterpolatedStringTextSyntax text => [text.TextToken.ValueText],
                        InterpolationSyntax interpolation => Evaluate(interpolation.Expression, constants, row, depth + 1).ToList(),
                        _ => [content.ToString()],
                    };
                    texts = texts.SelectMany(t => parts.Select(p => t + p)).Take(MaxVariants).ToList();
                }

                return texts;
            default:
                return [expression.ToString()];
        }
    }
}
