using System.Collections.Immutable;
using System.Linq;
using LlmAnalyzers.Flow;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0001: a request whose output-token cap is provably not set on some path.</summary>
internal static class MissingMaxOutputTokensRule
{
    public static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, RequestCall call, SdkModel model, ResponseFacts? response)
    {
        var request = call.Request;
        var member = $"{request.OptionsType.Name}.{request.Cap.Name}";
        if (call.OptionsParameter is null)
        {
            Report(context, invocation, member, $"this overload cannot set it, call the overload that takes a '{request.OptionsType.Name}'", GuardProperties.With(ImmutableDictionary<string, string?>.Empty, response));
            return;
        }

        var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == call.OptionsParameter.Name);
        if (argument is null)
            return;

        string? fix;
        var creations = ImmutableArray<IOperation>.Empty;
        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            fix = CanCreateWithCapOnly(request) ? CapFixShapes.AddArgument : null;
        }
        else if (argument.Value.IsNullConstant())
        {
            fix = CanCreateWithCapOnly(request) ? CapFixShapes.ReplaceArgument : null;
        }
        else
        {
            var state = CapFlow.AtCall(argument.Value, invocation, request.Cap, model);
            if (!state.IsMissingOnSomePath)
                return;
            creations = state.UnsetCreations;
            fix = !state.Has(CapPaths.Null) && !creations.IsEmpty ? CapFixShapes.AddToCreations : null;
        }

        var client = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod ? invocation.Arguments.FirstOrDefault()?.Value : null);
        if (ClientOrigin.HasDefaultCap(client, model, context.CancellationToken))
            return;

        var properties = fix is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.CapFix, fix)
                .Add(DiagnosticProperties.OptionsParameter, call.OptionsParameter.Name)
                .Add(DiagnosticProperties.OptionsType, request.OptionsType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)))
                .Add(DiagnosticProperties.CapMember, request.Cap.Name);
        Report(context, invocation, member, "the response length and cost are unbounded", GuardProperties.With(properties, response), creations.Select(c => c.Syntax.GetLocation()));
    }

    /// <summary>Would <c>new Options { Cap = N }</c> compile? Not when the type has other required members.</summary>
    private static bool CanCreateWithCapOnly(BoundRequest request)
        => request.OptionsType.InstanceConstructors.Any(c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public && !c.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute"))
           && !request.OptionsType.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true } && !SymbolEqualityComparer.Default.Equals(m, request.Cap));

    private static void Report(OperationAnalysisContext context, IInvocationOperation invocation, string member, string consequence, ImmutableDictionary<string, string?> properties, System.Collections.Generic.IEnumerable<Location>? additionalLocations = null)
        => context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.LLM0001_MissingMaxOutputTokens,
            SyntaxLocations.MethodName(invocation),
            additionalLocations,
            properties,
            invocation.TargetMethod.Name,
            member,
            consequence));
}
