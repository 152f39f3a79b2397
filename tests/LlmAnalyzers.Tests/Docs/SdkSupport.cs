using System.Collections.Generic;
using System.Linq;
using LlmAnalyzers.Sdks;

namespace LlmAnalyzers.Tests.Docs;

/// <summary>Which rules apply to which SDK, derived from what each descriptor gives the rules.</summary>
internal static class SdkSupport
{
    public static IReadOnlyList<SdkDescriptor> Sdks => KnownSdks.All;

    /// <summary>Null when the rule applies; otherwise why not.</summary>
    public static string? NotApplicable(SdkDescriptor sdk, string ruleId)
    {
        if (sdk.ClientsOf is { } other)
            return NotApplicable(Sdks.Single(s => s.Name == other), ruleId);

        var requests = sdk.Requests;
        var models = requests.Any(r => r.ModelMember is not null || r.ModelParameter is not null) || sdk.ClientFactories.Any(f => f.ModelParameter is not null);
        return ruleId switch
        {
            RuleIdentifiers.MissingMaxOutputTokens or RuleIdentifiers.CapBelowMinimum or RuleIdentifiers.CapAboveCeiling
                => requests.IsEmpty ? "no request methods" : null,
            RuleIdentifiers.UncheckedFinishReason
                => sdk.Responses.IsEmpty && sdk.Streams.IsEmpty ? "no response types" : null,
            RuleIdentifiers.UncheckedStructuredOutput
                => !sdk.Responses.IsEmpty ? null : sdk.Streams.IsEmpty ? "no response types" : "streams only: parsing their text is not followed",
            RuleIdentifiers.CapAboveModelLimit
                => models ? null : "the model is not visible in code",
            RuleIdentifiers.UnsafeStopSequence
                => requests.Any(r => r.StopMember is not null) ? null : "no stop sequences",
            RuleIdentifiers.TooManyStopSequences
                => requests.Any(r => r.StopMember is not null && r.MaxStopSequences is not null) ? null : "no documented limit",
            RuleIdentifiers.ThinkingBudgetUnusable
                => requests.Any(r => r.ThinkingBudget is not null) ? null : "no thinking budget",
            RuleIdentifiers.NonStreamingRequestRefused
                => requests.Any(r => r.NonStreamingLimit is not null) ? null : "the SDK refuses no request itself",
            RuleIdentifiers.ReasoningCapTooSmall
                => models || requests.Any(r => !r.ReasoningMembers.IsEmpty) ? null : "neither the model nor a reasoning switch is visible",
            RuleIdentifiers.StopSequencesRejected
                => !models || !requests.Any(r => r.StopMember is not null) ? "needs stop sequences and a visible model"
                : requests.Where(r => r.StopMember is not null).All(r => r.Provider is { } provider && !LlmAnalyzers.Catalog.ModelCatalog.All.Any(m => m.RejectsStopSequences && string.Equals(m.Provider, provider, System.StringComparison.OrdinalIgnoreCase)))
                    ? "no model of this provider rejects stop sequences"
                    : null,
            _ => "not about a request",
        };
    }
}
