using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks;

/// <summary>The SDKs the analyzers understand. Names follow shared/research/sdk-surface.md.</summary>
internal static class KnownSdks
{
    public static readonly ImmutableArray<SdkDescriptor> All = ImmutableArray.Create(
        new SdkDescriptor(
            "OpenAI",
            ImmutableArray.Create("OpenAI"),
            ImmutableArray.Create(
                new RequestDescriptor(
                    "OpenAI.Chat.ChatClient",
                    "OpenAI.Chat.ChatCompletionOptions",
                    "MaxOutputTokenCount",
                    Methods(("CompleteChat", RequestKind.Sync), ("CompleteChatAsync", RequestKind.Async), ("CompleteChatStreaming", RequestKind.Streaming), ("CompleteChatStreamingAsync", RequestKind.Streaming)),
                    rawContentType: "System.ClientModel.BinaryContent"),
                new RequestDescriptor(
                    "OpenAI.Responses.ResponsesClient",
                    "OpenAI.Responses.CreateResponseOptions",
                    "MaxOutputTokenCount",
                    Methods(("CreateResponse", RequestKind.Sync), ("CreateResponseAsync", RequestKind.Async), ("CreateResponseStreaming", RequestKind.Streaming), ("CreateResponseStreamingAsync", RequestKind.Streaming)),
                    rawContentType: "System.ClientModel.BinaryContent"))),
        new SdkDescriptor(
            "Anthropic",
            ImmutableArray.Create("Anthropic"),
            ImmutableArray.Create(
                new RequestDescriptor(
                    "Anthropic.Services.IMessageService",
                    "Anthropic.Models.Messages.MessageCreateParams",
                    "MaxTokens",
                    Methods(("Create", RequestKind.Async), ("CreateStreaming", RequestKind.Streaming))),
                new RequestDescriptor(
                    "Anthropic.Services.Beta.IMessageService",
                    "Anthropic.Models.Beta.Messages.MessageCreateParams",
                    "MaxTokens",
                    Methods(("Create", RequestKind.Async), ("CreateStreaming", RequestKind.Streaming)))),
            ImmutableArray.Create(
                new ClientFactoryDescriptor("Microsoft.Extensions.AI.AnthropicClientExtensions", "AsIChatClient", "defaultMaxOutputTokens"),
                new ClientFactoryDescriptor("Microsoft.Extensions.AI.AnthropicBetaClientExtensions", "AsIChatClient", "defaultMaxOutputTokens"))),
        new SdkDescriptor(
            "Microsoft.Extensions.AI",
            ImmutableArray.Create("Microsoft.Extensions.AI.Abstractions"),
            ImmutableArray.Create(
                new RequestDescriptor(
                    "Microsoft.Extensions.AI.IChatClient",
                    "Microsoft.Extensions.AI.ChatOptions",
                    "MaxOutputTokens",
                    Methods(("GetResponseAsync", RequestKind.Async), ("GetStreamingResponseAsync", RequestKind.Streaming))),
                new RequestDescriptor(
                    "Microsoft.Extensions.AI.ChatClientExtensions",
                    "Microsoft.Extensions.AI.ChatOptions",
                    "MaxOutputTokens",
                    Methods(("GetResponseAsync", RequestKind.Async), ("GetStreamingResponseAsync", RequestKind.Streaming))))));

    private static ImmutableArray<(string, RequestKind)> Methods(params (string, RequestKind)[] methods) => ImmutableArray.Create(methods);
}
