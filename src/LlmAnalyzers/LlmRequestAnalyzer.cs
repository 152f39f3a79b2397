using System.Collections.Immutable;
using LlmAnalyzers.Configuration;
using LlmAnalyzers.Flow;
using LlmAnalyzers.Rules;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers;

/// <summary>
/// One pass over the invocations of a compilation: each call is classified once by the SDK model, then every
/// request rule looks at the same facts. Registers nothing when no supported SDK is referenced.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LlmRequestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.LLM0001_MissingMaxOutputTokens,
        DiagnosticDescriptors.LLM0002_UncheckedFinishReason,
        DiagnosticDescriptors.LLM0003_CapAboveModelLimit,
        DiagnosticDescriptors.LLM0004_UnsafeStopSequence,
        DiagnosticDescriptors.LLM0005_TooManyStopSequences,
        DiagnosticDescriptors.LLM0006_CapBelowMinimum,
        DiagnosticDescriptors.LLM0007_ThinkingBudgetUnusable,
        DiagnosticDescriptors.LLM0008_UncheckedStructuredOutput,
        DiagnosticDescriptors.LLM0009_NonStreamingRequestRefused,
        DiagnosticDescriptors.LLM0010_CapAboveCeiling,
        DiagnosticDescriptors.LLM0011_ReasoningCapTooSmall,
        DiagnosticDescriptors.LLM0012_StopSequencesRejected,
        DiagnosticDescriptors.LLM0099_InvalidConfiguration);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var model = SdkModel.Create(start.Compilation, KnownSdks.All);
            if (model is null)
                return;

            var state = new AnalysisState(model, ModelOverrides.Load(start.Options.AdditionalFiles, start.CancellationToken), start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, state), OperationKind.Invocation);
            start.RegisterCompilationEndAction(state.ReportConfigurationErrors);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, AnalysisState state)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!state.Model.TryGetRequest(invocation.TargetMethod, out var call))
            return;

        var facts = new RequestFacts(invocation, call, state, context.CancellationToken);
        MissingMaxOutputTokensRule.Analyze(context, facts);
        UncheckedFinishReasonRule.Analyze(context, facts);
        CapAboveModelLimitRule.Analyze(context, facts, state);
        CapBelowMinimumRule.Analyze(context, facts, state);
        NonStreamingRequestRule.Analyze(context, facts);
        StopSequenceRules.Analyze(context, facts, state);
        ThinkingBudgetRule.Analyze(context, facts, state);
        CapAboveCeilingRule.Analyze(context, facts, state);
        ReasoningCapRule.Analyze(context, facts, state);
    }
}
