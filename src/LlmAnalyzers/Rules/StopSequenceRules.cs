using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Rules;

/// <summary>The stop-sequence rules, in the order they are reported.</summary>
internal static class StopSequenceRules
{
    public static void Analyze(OperationAnalysisContext context, RequestFacts facts, AnalysisState state)
    {
        if (facts.Stops is null)
            return;
        UnsafeStopSequenceRule.Analyze(context, facts, state);
        TooManyStopSequencesRule.Analyze(context, facts);
        StopSequencesRejectedRule.Analyze(context, facts);
    }
}
