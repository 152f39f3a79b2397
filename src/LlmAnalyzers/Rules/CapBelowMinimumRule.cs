using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0006: a constant output-token limit that is not positive, or below the API's minimum.</summary>
internal static class CapBelowMinimumRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        var descriptor = facts.Request.Descriptor;
        foreach (var (value, tokens) in facts.ConstantCaps())
        {
            if (descriptor.SpecialCapValues.Contains(tokens))
                continue;
            string problem;
            if (tokens == 0 && descriptor.ZeroCapAllowed)
                continue;
            if (tokens <= 0)
                problem = "is not positive";
            else if (tokens < descriptor.MinimumCap)
                problem = $"is below the minimum of {descriptor.MinimumCap.ToString(CultureInfo.InvariantCulture)}";
            else
                continue;

            var properties = GuardProperties.With(ValueFixes.Add(ImmutableDictionary<string, string?>.Empty, ValueFixes.UseDefaultLimit, value, facts.Config.DefaultMaxOutputTokens), facts.Response);
            reports.Add(Diagnostic.Create(
                DiagnosticDescriptors.LLM0006_CapBelowMinimum,
                value.Syntax.GetLocation(),
                properties,
                facts.CapName(value),
                tokens.ToString(CultureInfo.InvariantCulture),
                problem));
        }
    }
}
