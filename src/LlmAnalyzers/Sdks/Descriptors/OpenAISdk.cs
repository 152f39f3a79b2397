using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>OpenAI 2.x (sdk-surface.md §a).</summary>
internal static class OpenAISdk
{
    public static readonly SdkDescriptor Descriptor = new("OpenAI", "OpenAI")
    {
        Requests = ImmutableArray.Create(
            new RequestDescriptor(
                "OpenAI.Chat.ChatClient",
                "OpenAI.Chat.ChatCompletionOptions",
                "MaxOutputTokenCount",
                ("CompleteChat", RequestKind.Sync),
                ("CompleteChatAsync", RequestKind.Async),
                ("CompleteChatStreaming", RequestKind.Streaming),
                ("CompleteChatStreamingAsync", RequestKind.Streaming))
            {
                RawContentType = "System.ClientModel.BinaryContent",
                Provider = "OpenAI",
                StopMember = "StopSequences[]",
                MaxStopSequences = 4,
                ReasoningMembers = ImmutableArray.Create("ReasoningEffortLevel"),
            },
            new RequestDescriptor(
                "OpenAI.Responses.ResponsesClient",
                "OpenAI.Responses.CreateResponseOptions",
                "MaxOutputTokenCount",
                ("CreateResponse", RequestKind.Sync),
                ("CreateResponseAsync", RequestKind.Async),
                ("CreateResponseStreaming", RequestKind.Streaming),
                ("CreateResponseStreamingAsync", RequestKind.Streaming))
            {
                RawContentType = "System.ClientModel.BinaryContent",
                ModelMember = "Model",
                ModelParameter = "model",
                MinimumCap = 16,
                Provider = "OpenAI",
                ReasoningMembers = ImmutableArray.Create("ReasoningOptions"),
            }),
        ClientFactories = ImmutableArray.Create(
            new ClientFactoryDescriptor("OpenAI.Chat.ChatClient", ".ctor", modelParameter: "model"),
            new ClientFactoryDescriptor("OpenAI.OpenAIClient", "GetChatClient", modelParameter: "model")),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor(
                "OpenAI.Chat.ChatCompletion",
                contentMembers: new[] { "Content", "ToolCalls", "Refusal", "FunctionCall", "OutputAudio" },
                checkMembers: new[] { "FinishReason" },
                new GuardSpec(".FinishReason", ComparisonForm.Enum, "OpenAI.Chat.ChatFinishReason", "Length")),
            new ResponseDescriptor(
                "OpenAI.Responses.ResponseResult",
                contentMembers: new[] { "GetOutputText", "OutputItems" },
                checkMembers: new[] { "Status", "IncompleteStatusDetails" },
                new GuardSpec(".IncompleteStatusDetails?.Reason", ComparisonForm.StaticMember, "OpenAI.Responses.ResponseIncompleteStatusReason", "MaxOutputTokens"))),
        Streams = ImmutableArray.Create(
            new StreamDescriptor(
                "OpenAI.Chat.StreamingChatCompletionUpdate",
                contentMembers: new[] { "OpenAI.Chat.StreamingChatCompletionUpdate.ContentUpdate", "OpenAI.Chat.StreamingChatCompletionUpdate.ToolCallUpdates", "OpenAI.Chat.StreamingChatCompletionUpdate.RefusalUpdate", "OpenAI.Chat.StreamingChatCompletionUpdate.FunctionCallUpdate" },
                checkSymbols: new[] { "OpenAI.Chat.StreamingChatCompletionUpdate.FinishReason" },
                recordedType: "global::OpenAI.Chat.ChatFinishReason?",
                recordedName: "finishReason",
                record: "{recorded} = {update}.FinishReason ?? {recorded};",
                new GuardSpec("", ComparisonForm.Enum, "OpenAI.Chat.ChatFinishReason", "Length")),
            new StreamDescriptor(
                "OpenAI.Responses.StreamingResponseUpdate",
                contentMembers: new[] { "OpenAI.Responses.StreamingResponseOutputTextDeltaUpdate.Delta", "OpenAI.Responses.StreamingResponseOutputTextDoneUpdate.Text" },
                checkSymbols: new[]
                {
                    "OpenAI.Responses.StreamingResponseIncompleteUpdate", "OpenAI.Responses.StreamingResponseUpdateKind.ResponseIncomplete",
                    "OpenAI.Responses.ResponseResult.Status", "OpenAI.Responses.ResponseResult.IncompleteStatusDetails",
                    "OpenAI.Responses.OpenAIResponse.Status", "OpenAI.Responses.OpenAIResponse.IncompleteStatusDetails", // before 2.8
                },

                // The reason, not the response: its type kept its name in 2.8, so the fix compiles on older versions too.
                recordedType: "global::OpenAI.Responses.ResponseIncompleteStatusReason?",
                recordedName: "incompleteReason",
                record: "if ({update} is global::OpenAI.Responses.StreamingResponseIncompleteUpdate {fresh:incomplete}) {recorded} = {fresh:incomplete}.Response?.IncompleteStatusDetails?.Reason;",
                new GuardSpec("", ComparisonForm.StaticMember, "OpenAI.Responses.ResponseIncompleteStatusReason", "MaxOutputTokens"))),
        Wrappers = ImmutableArray.Create(new WrapperDescriptor("System.ClientModel.ClientResult`1", "Value")),
    };
}
