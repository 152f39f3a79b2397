using System.Collections.Generic;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Rules;

/// <summary>The stop-sequence rules, in the order they are reported.</summary>
internal static class StopSequenceRules
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        if (facts.Stops is null)
            return;
        UnsafeStopSequenceRule.Analyze(reports, facts);
        TooManyStopSequencesRule.Analyze(reports, facts);
        StopSequencesRejectedRule.Analyze(reports, facts);
    }
}
