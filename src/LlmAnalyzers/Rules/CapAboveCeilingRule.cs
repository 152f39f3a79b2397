using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0010: a constant output-token limit above the team's ceiling (only when llm_analyzers.max_output_tokens_ceiling is set).</summary>
internal static class CapAboveCeilingRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        if (facts.Cap.Values.IsEmpty || facts.Config.MaxOutputTokensCeiling is not { } ceiling)
            return;

        foreach (var (value, tokens) in facts.ConstantCaps())
        {
            if (tokens <= ceiling)
                continue;
            reports.Add(Diagnostic.Create(
                DiagnosticDescriptors.LLM0010_CapAboveCeiling,
                value.Syntax.GetLocation(),
                GuardProperties.With(ValueFixes.Add(ImmutableDictionary<string, string?>.Empty, ValueFixes.LowerToCeiling, value, ceiling), facts.Response),
                facts.CapName(value),
                tokens.ToString(CultureInfo.InvariantCulture),
                ceiling.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
