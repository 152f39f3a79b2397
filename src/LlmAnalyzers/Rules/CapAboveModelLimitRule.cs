using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0003: a constant output-token limit above the known model's maximum output.</summary>
internal static class CapAboveModelLimitRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        var caps = facts.ConstantCaps();
        if (caps.Length == 0 || facts.Limits is not { MaxOutputTokens: { } limit } model)
            return;

        // Beta headers may unlock a higher cap: between the base and the highest beta cap, stay silent.
        if (facts.Request.Descriptor.AllowsBetaCaps && model.BetaMaxOutputTokens > limit)
            limit = model.BetaMaxOutputTokens.Value;

        foreach (var (value, tokens) in caps)
        {
            if (tokens <= limit)
                continue;

            var contextNote = model.ContextWindow is { } window && tokens > window
                ? $"; it also exceeds the model's {window.ToString(CultureInfo.InvariantCulture)}-token context window"
                : "";
            var properties = GuardProperties.With(ValueFixes.Add(ImmutableDictionary<string, string?>.Empty, ValueFixes.LowerToModelLimit, value, limit), facts.Response);
            reports.Add(Diagnostic.Create(
                DiagnosticDescriptors.LLM0003_CapAboveModelLimit,
                value.Syntax.GetLocation(),
                properties,
                facts.CapName(value),
                tokens.ToString(CultureInfo.InvariantCulture),
                limit.ToString(CultureInfo.InvariantCulture),
                model.Id,
                contextNote));
        }
    }
}
