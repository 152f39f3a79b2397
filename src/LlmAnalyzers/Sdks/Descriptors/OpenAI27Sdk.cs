using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>
/// OpenAI before 2.8: the Responses API under its old names, with the model fixed by the client (sdk-surface.md §a.5).
/// Chat and the streaming update kept their names, so <see cref="OpenAISdk"/> covers them.
/// </summary>
internal static class OpenAI27Sdk
{
    public static readonly SdkDescriptor Descriptor = new("OpenAI (before 2.8)", "OpenAI")
    {
        Requests = ImmutableArray.Create(
            new RequestDescriptor(
                "OpenAI.Responses.OpenAIResponseClient",
                "OpenAI.Responses.ResponseCreationOptions",
                "MaxOutputTokenCount",
                ("CreateResponse", RequestKind.Sync),
                ("CreateResponseAsync", RequestKind.Async),
                ("CreateResponseStreaming", RequestKind.Streaming),
                ("CreateResponseStreamingAsync", RequestKind.Streaming))
            {
                RawContentType = "System.ClientModel.BinaryContent",
                MinimumCap = 16,
                Provider = "OpenAI",
                ReasoningMembers = ImmutableArray.Create("ReasoningOptions"),
            }),
        ClientFactories = ImmutableArray.Create(
            new ClientFactoryDescriptor("OpenAI.Responses.OpenAIResponseClient", ".ctor", modelParameter: "model"),
            new ClientFactoryDescriptor("OpenAI.OpenAIClient", "GetOpenAIResponseClient", modelParameter: "model")),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor(
                "OpenAI.Responses.OpenAIResponse",
                contentMembers: new[] { "GetOutputText", "OutputItems" },
                checkMembers: new[] { "Status", "IncompleteStatusDetails" },
                new GuardSpec(".IncompleteStatusDetails?.Reason", ComparisonForm.StaticMember, "OpenAI.Responses.ResponseIncompleteStatusReason", "MaxOutputTokens"))),
    };
}
