using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>Microsoft.Extensions.AI abstractions (sdk-surface.md §c): any IChatClient.</summary>
internal static class ExtensionsAISdk
{
    private static readonly GuardSpec LengthGuard = new("", ComparisonForm.StaticMember, "Microsoft.Extensions.AI.ChatFinishReason", "Length");

    public static readonly SdkDescriptor Descriptor = new("Microsoft.Extensions.AI", "Microsoft.Extensions.AI.Abstractions")
    {
        Requests = ImmutableArray.Create(
            Chat("Microsoft.Extensions.AI.IChatClient"),
            Chat("Microsoft.Extensions.AI.ChatClientExtensions")),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor(
                "Microsoft.Extensions.AI.ChatResponse",
                contentMembers: new[] { "Text", "Messages", "ToString" },
                checkMembers: new[] { "FinishReason" },
                new GuardSpec(".FinishReason", ComparisonForm.StaticMember, "Microsoft.Extensions.AI.ChatFinishReason", "Length"))),
        Streams = ImmutableArray.Create(
            new StreamDescriptor(
                "Microsoft.Extensions.AI.ChatResponseUpdate",
                contentMembers: new[] { "Microsoft.Extensions.AI.ChatResponseUpdate.Text", "Microsoft.Extensions.AI.ChatResponseUpdate.Contents", "Microsoft.Extensions.AI.ChatResponseUpdate.ToString" },
                checkSymbols: new[] { "Microsoft.Extensions.AI.ChatResponseUpdate.FinishReason" },
                recordedType: "global::Microsoft.Extensions.AI.ChatFinishReason?",
                recordedName: "finishReason",
                record: "{recorded} = {update}.FinishReason ?? {recorded};",
                LengthGuard)),
        Aggregators = ImmutableArray.Create(
            new AggregatorDescriptor("Microsoft.Extensions.AI.ChatResponseExtensions", "ToChatResponse"),
            new AggregatorDescriptor("Microsoft.Extensions.AI.ChatResponseExtensions", "ToChatResponseAsync")),
    };

    private static RequestDescriptor Chat(string clientType)
        => new(clientType, "Microsoft.Extensions.AI.ChatOptions", "MaxOutputTokens", ("GetResponseAsync", RequestKind.Async), ("GetStreamingResponseAsync", RequestKind.Streaming))
        {
            ModelMember = "ModelId",
            MissingCapConsequence = "the provider's default applies: unbounded length and cost, or a small cap that cuts answers silently (the Anthropic adapter sends 1024)",
            StopMember = "StopSequences[]",
            ReasoningMembers = ImmutableArray.Create("Reasoning"),
        };
}
