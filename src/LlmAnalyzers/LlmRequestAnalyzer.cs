using System.Collections.Immutable;
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
        DiagnosticDescriptors.LLM0008_UncheckedStructuredOutput);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var model = SdkModel.Create(start.Compilation, KnownSdks.All);
            if (model is null)
                return;

            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, model), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, SdkModel model)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!model.TryGetRequest(invocation.TargetMethod, out var call))
            return;

        var response = ResponseFlow.Analyze(invocation, model);
        MissingMaxOutputTokensRule.Analyze(context, invocation, call, model, response);
        UncheckedFinishReasonRule.Analyze(context, invocation, response);
    }
}
