using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0011: a small constant cap on a reasoning model, or with reasoning turned on.</summary>
internal static class ReasoningCapRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        if (facts.Cap.Values.IsEmpty)
            return;
        var minimum = facts.Config.MinReasoningOutputTokens;
        string? who = null;
        foreach (var (value, tokens) in facts.ConstantCaps())
        {
            if (facts.Request.Descriptor.SpecialCapValues.Contains(tokens))
                continue;
            // Not positive: LLM0006 reports it.
            if (tokens <= 0 || tokens >= minimum)
                continue;
            who ??= facts.ThinkingOff ? "" : facts.Limits?.Catalog is { IsReasoning: true } ? $"reasoning model '{facts.ModelId}'" : facts.ReasoningRequested ? "a request with reasoning turned on" : "";
            if (who.Length == 0)
                return;

            reports.Add(Diagnostic.Create(
                DiagnosticDescriptors.LLM0011_ReasoningCapTooSmall,
                value.Syntax.GetLocation(),
                GuardProperties.With(ValueFixes.Add(ImmutableDictionary<string, string?>.Empty, ValueFixes.RaiseForReasoning, value, minimum), facts.Response),
                facts.CapName(value),
                tokens.ToString(CultureInfo.InvariantCulture),
                minimum.ToString(CultureInfo.InvariantCulture),
                who));
        }
    }
}
