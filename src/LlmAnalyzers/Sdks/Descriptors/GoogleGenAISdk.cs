using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>Google Gen AI .NET SDK (sdk-surface.md §g): 1.x (FinishReason a string-backed struct) and 0.x (an enum).</summary>
internal static class GoogleGenAISdk
{
    private const string FinishReason = "Google.GenAI.Types.FinishReason";
    private const string Response = "Google.GenAI.Types.GenerateContentResponse";

    // The first candidate's finish reason; 1.x spells the value MaxTokens, 0.x MAX_TOKENS.
    private static readonly GuardSpec[] ResponseGuards =
    {
        new(".Candidates[0].FinishReason", ComparisonForm.StaticMember, FinishReason, "MaxTokens") { Precondition = "{0}.Candidates?.Count > 0" },
        new(".Candidates[0].FinishReason", ComparisonForm.Enum, FinishReason, "MAX_TOKENS") { Precondition = "{0}.Candidates?.Count > 0" },
    };

    public static readonly SdkDescriptor Descriptor = new("Google.GenAI", "Google.GenAI")
    {
        Requests = ImmutableArray.Create(
            new RequestDescriptor(
                "Google.GenAI.Models",
                "Google.GenAI.Types.GenerateContentConfig",
                "MaxOutputTokens",
                ("GenerateContentAsync", RequestKind.Async),
                ("GenerateContentStreamAsync", RequestKind.Streaming))
            {
                ModelParameter = "model",
                Provider = "Gemini",
                MissingCapConsequence = "the model's maximum output applies, so the response length and cost are unbounded",
                StopMember = "StopSequences[]",
                MaxStopSequences = 5,
                ThinkingBudget = new ThinkingBudget("ThinkingConfig.ThinkingBudget", minimum: 0, belowCap: true, modelRange: true),
            }),
        ClientFactories = ImmutableArray.Create(
            new ClientFactoryDescriptor("Microsoft.Extensions.AI.GoogleGenAIExtensions", "AsIChatClient", modelParameter: "defaultModelId")),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor(Response, new[] { "Text", "Candidates" }, new[] { "Google.GenAI.Types.Candidate.FinishReason" }, ResponseGuards)),

        // A stream yields responses: record the first candidate's last finish reason.
        Streams = ImmutableArray.Create(
            new StreamDescriptor(
                Response,
                contentMembers: new[] { Response + ".Text", Response + ".Candidates" },
                checkSymbols: new[] { "Google.GenAI.Types.Candidate.FinishReason" },
                recordedType: "global::Google.GenAI.Types.FinishReason?",
                recordedName: "finishReason",
                record: "if ({update}.Candidates is { Count: > 0 } {fresh:candidates}) {recorded} = {fresh:candidates}[0].FinishReason ?? {recorded};",
                new GuardSpec("", ComparisonForm.StaticMember, FinishReason, "MaxTokens"),
                new GuardSpec("", ComparisonForm.Enum, FinishReason, "MAX_TOKENS"))),
    };
}
