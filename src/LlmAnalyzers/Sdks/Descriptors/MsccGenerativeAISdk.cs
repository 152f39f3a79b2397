using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>Mscc.GenerativeAI 3.x (sdk-surface.md §l): Gemini through GoogleAI.GenerativeModel and chat sessions.</summary>
internal static class MsccGenerativeAISdk
{
    private const string Config = "Mscc.GenerativeAI.Types.GenerationConfig";
    private const string Response = "Mscc.GenerativeAI.Types.GenerateContentResponse";
    private const string FinishReason = "Mscc.GenerativeAI.Types.FinishReason";
    private const string CandidateFinishReason = "Mscc.GenerativeAI.Types.Candidate.FinishReason";

    public static readonly SdkDescriptor Descriptor = new("Mscc.GenerativeAI", "Mscc.GenerativeAI")
    {
        Requests = ImmutableArray.Create(
            Request("Mscc.GenerativeAI.GenerativeModel", Config, "", ("GenerateContent", RequestKind.Async), ("GenerateContentStream", RequestKind.Streaming)),
            Request("Mscc.GenerativeAI.GenerativeModel", "Mscc.GenerativeAI.Types.GenerateContentRequest", "GenerationConfig.", ("GenerateContent", RequestKind.Async), ("GenerateContentStream", RequestKind.Streaming)),
            Request("Mscc.GenerativeAI.Types.ChatSession", Config, "", ("SendMessage", RequestKind.Async), ("SendMessageStream", RequestKind.Streaming))),

        // A config given to the model or the chat applies to calls that pass none.
        ClientFactories = ImmutableArray.Create(
            new ClientFactoryDescriptor("Mscc.GenerativeAI.GoogleAI", "GenerativeModel", capParameter: "generationConfig", modelParameter: "model") { OptionsParameter = "generationConfig" },
            new ClientFactoryDescriptor("Mscc.GenerativeAI.GenerativeModel", "StartChat", capParameter: "generationConfig") { OptionsParameter = "generationConfig", InheritsReceiver = true }),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor(
                Response,
                contentMembers: new[] { "Text", "Candidates" },
                checkMembers: new[] { CandidateFinishReason },
                new GuardSpec(".Candidates[0].FinishReason", ComparisonForm.Enum, FinishReason, "MaxTokens") { Precondition = "{0}.Candidates?.Count > 0" })),
        Streams = ImmutableArray.Create(
            new StreamDescriptor(
                Response,
                contentMembers: new[] { Response + ".Text", Response + ".Candidates" },
                checkSymbols: new[] { CandidateFinishReason },
                recordedType: "global::Mscc.GenerativeAI.Types.FinishReason?",
                recordedName: "finishReason",
                record: "if ({update}.Candidates is { Count: > 0 } {fresh:candidates}) {recorded} = {fresh:candidates}[0].FinishReason ?? {recorded};",
                new GuardSpec("", ComparisonForm.Enum, FinishReason, "MaxTokens"))),
    };

    /// <param name="config">The generation config's path on the options, with a trailing dot, or empty when the options are the config.</param>
    private static RequestDescriptor Request(string client, string options, string config, params (string, RequestKind)[] methods)
        => new(client, options, config + "MaxOutputTokens", methods)
        {
            Provider = "Gemini",
            MissingCapConsequence = "the model's maximum output applies, so the response length and cost are unbounded",
            StopMember = config + "StopSequences[]",
            MaxStopSequences = 5,
            ThinkingBudget = new ThinkingBudget(config + "ThinkingConfig.ThinkingBudget", minimum: 0, belowCap: true, modelRange: true),
        };
}
