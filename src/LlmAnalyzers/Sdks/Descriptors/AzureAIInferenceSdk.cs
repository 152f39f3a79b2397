using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>Azure.AI.Inference 1.0.0-beta (sdk-surface.md §e). The provider depends on the deployment, so no provider limits apply.</summary>
internal static class AzureAIInferenceSdk
{
    private const string FinishReason = "Azure.AI.Inference.CompletionsFinishReason";

    public static readonly SdkDescriptor Descriptor = new("Azure.AI.Inference", "Azure.AI.Inference")
    {
        Requests = ImmutableArray.Create(
            new RequestDescriptor(
                "Azure.AI.Inference.ChatCompletionsClient",
                "Azure.AI.Inference.ChatCompletionsOptions",
                "MaxTokens",
                ("Complete", RequestKind.Sync),
                ("CompleteAsync", RequestKind.Async),
                ("CompleteStreaming", RequestKind.Streaming),
                ("CompleteStreamingAsync", RequestKind.Streaming))
            {
                ModelMember = "Model",
                StopMember = "StopSequences[]",
                PassThroughMembers = ImmutableArray.Create("AdditionalProperties"),
                RawContentType = "Azure.Core.RequestContent",
            }),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor(
                "Azure.AI.Inference.ChatCompletions",
                contentMembers: new[] { "Content", "ToolCalls" },
                checkMembers: new[] { "FinishReason" },
                new GuardSpec(".FinishReason", ComparisonForm.StaticMember, FinishReason, "TokenLimitReached"))),
        Streams = ImmutableArray.Create(
            new StreamDescriptor(
                "Azure.AI.Inference.StreamingChatCompletionsUpdate",
                contentMembers: new[] { "Azure.AI.Inference.StreamingChatCompletionsUpdate.ContentUpdate", "Azure.AI.Inference.StreamingChatCompletionsUpdate.ToolCallUpdate", "Azure.AI.Inference.StreamingChatCompletionsUpdate.Choices" },
                checkSymbols: new[] { "Azure.AI.Inference.StreamingChatCompletionsUpdate.FinishReason", "Azure.AI.Inference.StreamingChatChoiceUpdate.FinishReason" },
                recordedType: "global::" + FinishReason + "?",
                recordedName: "finishReason",
                record: "{recorded} = {update}.FinishReason ?? {recorded};",
                new GuardSpec("", ComparisonForm.StaticMember, FinishReason, "TokenLimitReached"))),
        Wrappers = ImmutableArray.Create(new WrapperDescriptor("Azure.Response`1", "Value")),
    };
}
