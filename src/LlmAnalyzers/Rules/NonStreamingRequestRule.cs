using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0009: a non-streaming request the SDK itself refuses to send (its output-token limit implies a long call).</summary>
internal static class NonStreamingRequestRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        var request = facts.Request;
        if (facts.IsStreaming || request.Descriptor.NonStreamingLimit is not { } limit || facts.ModelId is not { } model || !limit.Models.Contains(model))
            return;

        // The SDK waives the check when the client has an explicit timeout; report only when no creation can set one.
        var client = facts.Client;
        if (!client.Complete || !client.Operations.All(creation => ProvablyWithout(creation, limit.TimeoutMember)))
            return;

        foreach (var (value, tokens) in facts.ConstantCaps())
        {
            if (tokens <= limit.MaxTokens)
                continue;

            var streaming = request.Descriptor.Methods.FirstOrDefault(m => m.Kind == Sdks.RequestKind.Streaming).Method ?? "streaming";
            reports.Add(Diagnostic.Create(
                DiagnosticDescriptors.LLM0009_NonStreamingRequestRefused,
                SyntaxLocations.MethodName(facts.Invocation),
                facts.Invocation.TargetMethod.Name,
                facts.CapName(value),
                tokens.ToString(CultureInfo.InvariantCulture),
                model,
                limit.MaxTokens.ToString(CultureInfo.InvariantCulture),
                streaming,
                limit.TimeoutMember));
            return;
        }
    }

    /// <summary>A client creation that visibly sets no <paramref name="member"/>, neither itself nor through an options argument created in place.</summary>
    private static bool ProvablyWithout(IOperation creation, string member)
    {
        if (creation is not IObjectCreationOperation objectCreation || Sets(objectCreation, member))
            return false;
        foreach (var argument in objectCreation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                continue;
            if (argument.Value.WithoutConversions() is not IObjectCreationOperation options || options.Arguments.Any(a => a.ArgumentKind != ArgumentKind.DefaultValue) || Sets(options, member))
                return false;
        }

        return true;
    }

    private static bool Sets(IObjectCreationOperation creation, string member)
        => creation.Initializer?.Initializers.Any(i => i is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } && target.Member.Name == member) == true;
}
