using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
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

    // Registered once per member: the array overload, so registering allocates no params array.
    private static readonly ImmutableArray<OperationKind> InvocationKind = ImmutableArray.Create(OperationKind.Invocation);

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
            start.RegisterOperationBlockStartAction(block => AnalyzeBlock(block, state));
            start.RegisterCompilationEndAction(state.ReportConfigurationErrors);
        });
    }

    /// <summary>
    /// Requests are judged at the end of their member, so a value in another statement (an options object built above
    /// the call) is a local diagnostic of that member: IDE per-document and per-member analysis show it, not only builds.
    /// Two requests sharing one options object find the same problem once.
    /// </summary>
    private static void AnalyzeBlock(OperationBlockStartAnalysisContext block, AnalysisState state)
    {
        var requests = new BlockRequests();
        block.RegisterOperationAction(
            context =>
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (state.Model.TryGetRequest(invocation.TargetMethod, out var call))
                    ImmutableInterlocked.Push(ref requests.Found, (invocation, call));
            },
            InvocationKind);
        block.RegisterOperationBlockEndAction(end =>
        {
            if (requests.Found.IsEmpty)
                return;

            var reported = new List<Diagnostic>();
            foreach (var (invocation, call) in InSourceOrder(requests.Found))
            {
                foreach (var diagnostic in Evaluate(new RequestFacts(invocation, call, state, end.CancellationToken)))
                {
                    if (!AlreadyReported(reported, diagnostic))
                    {
                        reported.Add(diagnostic);
                        end.ReportDiagnostic(diagnostic);
                    }
                }
            }
        });
    }

    /// <summary>A member holds one or two requests: an insertion sort, not a LINQ sort (whose setup costs more than the rest of the block end).</summary>
    private static (IInvocationOperation Invocation, RequestCall Call)[] InSourceOrder(ImmutableStack<(IInvocationOperation Invocation, RequestCall Call)> found)
    {
        var requests = new List<(IInvocationOperation Invocation, RequestCall Call)>();
        foreach (var request in found)
        {
            var at = requests.Count;
            while (at > 0 && requests[at - 1].Invocation.Syntax.SpanStart > request.Invocation.Syntax.SpanStart)
                at--;
            requests.Insert(at, request);
        }

        return requests.ToArray();
    }

    private static bool AlreadyReported(List<Diagnostic> reported, Diagnostic diagnostic)
    {
        foreach (var earlier in reported)
        {
            if (earlier.Id == diagnostic.Id && earlier.Location == diagnostic.Location
                && earlier.GetMessage(CultureInfo.InvariantCulture) == diagnostic.GetMessage(CultureInfo.InvariantCulture))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every rule's diagnostics for one request, in report order.</summary>
    internal static List<Diagnostic> Evaluate(RequestFacts facts)
    {
        var reports = new List<Diagnostic>();
        MissingMaxOutputTokensRule.Analyze(reports, facts);
        UncheckedFinishReasonRule.Analyze(reports, facts);
        CapAboveModelLimitRule.Analyze(reports, facts);
        CapBelowMinimumRule.Analyze(reports, facts);
        NonStreamingRequestRule.Analyze(reports, facts);
        StopSequenceRules.Analyze(reports, facts);
        ThinkingBudgetRule.Analyze(reports, facts);
        CapAboveCeilingRule.Analyze(reports, facts);
        ReasoningCapRule.Analyze(reports, facts);
        return reports;
    }

    private sealed class BlockRequests
    {
        public ImmutableStack<(IInvocationOperation Invocation, RequestCall Call)> Found = ImmutableStack<(IInvocationOperation, RequestCall)>.Empty;
    }
}
