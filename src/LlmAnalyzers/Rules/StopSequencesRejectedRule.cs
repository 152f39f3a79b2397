using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0012: stop sequences sent to a model whose API rejects them.</summary>
internal static class StopSequencesRejectedRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        if (facts.Stops is not { Values.IsEmpty: false } stops || facts.Limits?.Catalog is not { RejectsStopSequences: true })
            return;

        var properties = GuardProperties.With(
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.StopItems, string.Join(";", stops.Values.Select(v => GuardProperties.Format(v.Syntax.Span)))),
            facts.Response);
        reports.Add(Diagnostic.Create(
            DiagnosticDescriptors.LLM0012_StopSequencesRejected,
            SyntaxLocations.MethodName(facts.Invocation),
            stops.Values.Select(v => v.Syntax.GetLocation()),
            properties,
            facts.ModelId));
    }
}
