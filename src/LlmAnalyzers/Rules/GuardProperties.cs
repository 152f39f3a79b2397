using System.Collections.Immutable;
using System.Globalization;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Rules;

/// <summary>The diagnostic properties that let the finish-reason guard fix run without re-analysis.</summary>
internal static class GuardProperties
{
    /// <summary>Adds the guard's properties when the response is consumed unchecked and a guard can be placed.</summary>
    public static ImmutableDictionary<string, string?> With(ImmutableDictionary<string, string?> properties, ResponseFacts? facts)
    {
        if (facts is not { NeedsGuard: true, CanFix: true })
            return properties;

        // Built once per request: several of its diagnostics carry the same guard.
        var guard = facts.GuardFixProperties ??= Build(facts);
        return properties.IsEmpty ? guard : guard.SetItems(properties);
    }

    private static ImmutableDictionary<string, string?> Build(ResponseFacts facts)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[DiagnosticProperties.GuardKey] = facts.Response?.Descriptor.Type ?? facts.Stream!.Descriptor.UpdateType;
        properties[DiagnosticProperties.GuardAnchor] = Format(facts.Anchor!.Syntax.Span);
        properties[DiagnosticProperties.GuardVariant] = facts.GuardVariant.ToString(CultureInfo.InvariantCulture);
        if (facts.Access is not null)
            properties[DiagnosticProperties.GuardAccess] = facts.Access;
        if (facts.Expression is not null)
            properties[DiagnosticProperties.GuardExpression] = Format(facts.Expression.Syntax.Span);
        if (facts.ExpressionBody)
            properties[DiagnosticProperties.GuardExpressionBody] = facts.Anchor is Microsoft.CodeAnalysis.Operations.IReturnOperation ? "return" : "statement";
        if (facts.UpdateName is not null)
            properties[DiagnosticProperties.GuardUpdate] = facts.UpdateName;
        return properties.ToImmutable();
    }

    public static string Format(TextSpan span) => span.Start.ToString(CultureInfo.InvariantCulture) + ":" + span.Length.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out TextSpan span)
    {
        span = default;
        var colon = text?.IndexOf(':') ?? -1;
        if (colon < 0
            || !int.TryParse(text!.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return false;
        }

        span = new TextSpan(start, length);
        return true;
    }
}
