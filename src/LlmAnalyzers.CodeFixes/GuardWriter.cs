using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace LlmAnalyzers.CodeFixes;

/// <summary>Writes "if the response was cut off, throw" in the comparison form the SDK's finish-reason type needs.</summary>
internal static class GuardWriter
{
    public static StatementSyntax Guard(GuardSpec spec, string target)
        => Statement($$"""
            if ({{Condition(spec, target)}})
            {
                throw new global::System.InvalidOperationException("{{Message(spec)}}");
            }
            """);

    /// <summary>The statement that records a stream's finish reason, with its placeholders filled in.</summary>
    public static string Record(StreamDescriptor stream, string update, string recorded, Func<string, string> freshName)
    {
        var fresh = new Dictionary<string, string>();
        return Regex.Replace(
            stream.Record.Replace("{update}", update).Replace("{recorded}", recorded),
            @"\{fresh:(\w+)\}",
            m => fresh.TryGetValue(m.Groups[1].Value, out var name) ? name : fresh[m.Groups[1].Value] = freshName(m.Groups[1].Value));
    }

    public static string Condition(GuardSpec spec, string target)
    {
        var value = target + spec.Access;
        var type = "global::" + spec.ValueType;
        var values = spec.Values;
        var comparison = spec.Form switch
        {
            ComparisonForm.Enum => values.Length == 1 ? $"{value} == {type}.{values[0]}" : $"{value} is {string.Join(" or ", values.Select(v => type + "." + v))}",
            ComparisonForm.StaticMember => string.Join(" || ", values.Select(v => $"{value} == {type}.{v}")),
            ComparisonForm.ApiEnum => values.Length == 1 ? $"{value}?.Value() == {type}.{values[0]}" : $"{value}?.Value() is {string.Join(" or ", values.Select(v => type + "." + v))}",
            ComparisonForm.String => values.Length == 1 ? $"{value} == {Literal(values[0])}" : $"{value} is {string.Join(" or ", values.Select(Literal))}",
            _ => throw new ArgumentOutOfRangeException(nameof(spec)),
        };
        return spec.Precondition is null ? comparison : $"{spec.Precondition.Replace("{0}", target)} && ({comparison})";
    }

    /// <summary>Names the limit: <c>ChatFinishReason.Length</c>, or <c>finish reason "length"</c>.</summary>
    public static string Message(GuardSpec spec)
    {
        var shortType = spec.ValueType?.Substring(spec.ValueType.LastIndexOf('.') + 1);
        var values = spec.Form == ComparisonForm.String
            ? "finish reason " + string.Join(" or ", spec.Values.Select(v => "\\\"" + v + "\\\""))
            : string.Join(" or ", spec.Values.Select(v => shortType + "." + v));
        return $"The model stopped at its token limit ({values}); the response is incomplete.";
    }

    public static StatementSyntax Statement(string text)
        => SyntaxFactory.ParseStatement(text).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    private static string Literal(string value) => SyntaxFactory.Literal(value).Text;
}
