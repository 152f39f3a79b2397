using System.Collections.Generic;
using System.Globalization;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0005: more stop sequences than the provider accepts.</summary>
internal static class TooManyStopSequencesRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        var descriptor = facts.Request.Descriptor;
        if (descriptor.MaxStopSequences is not { } limit || facts.Stops?.ExactItems is not { } items || items.Length <= limit)
            return;

        reports.Add(Diagnostic.Create(
            DiagnosticDescriptors.LLM0005_TooManyStopSequences,
            SyntaxLocations.MethodName(facts.Invocation),
            facts.Request.OptionsType.Name + "." + facts.Request.Members[facts.Request.StopIndex].Display,
            items.Length.ToString(CultureInfo.InvariantCulture),
            descriptor.Provider ?? "the API",
            limit.ToString(CultureInfo.InvariantCulture)));
    }
}
