using System.Collections.Generic;
using System.Collections.Immutable;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0002 / LLM0008: a response whose content is used (or parsed) while its finish reason is never read.</summary>
internal static class UncheckedFinishReasonRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts request)
    {
        var facts = request.Response;
        if (facts is not { NeedsGuard: true })
            return;

        var invocation = request.Invocation;
        var descriptor = facts.Structured ? DiagnosticDescriptors.LLM0008_UncheckedStructuredOutput : DiagnosticDescriptors.LLM0002_UncheckedFinishReason;
        reports.Add(Diagnostic.Create(
            descriptor,
            SyntaxLocations.MethodName(invocation),
            GuardProperties.With(ImmutableDictionary<string, string?>.Empty, facts),
            invocation.TargetMethod.Name,
            facts.CheckDisplay,
            facts.TruncationDisplay));
    }
}
