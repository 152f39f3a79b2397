// Test stub of Microsoft.SemanticKernel.Connectors.OpenAI 1.80.0 (sdk-surface.md §d.1, d.3, d.4).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextGeneration;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel.Connectors.OpenAI
{
    public class OpenAIPromptExecutionSettings : PromptExecutionSettings
    {
        // max_tokens in SK's JSON; sent to OpenAI as ChatCompletionOptions.MaxOutputTokenCount.
        public int? MaxTokens { get; set; }
        public IList<string>? StopSequences { get; set; }
        // A string or an OpenAI.Chat.ChatReasoningEffortLevel.
        public object? ReasoningEffort { get; set; }
        public double? Temperature { get; set; }
        public object? ResponseFormat { get; set; }

        public static OpenAIPromptExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings, int? defaultMaxTokens = null) => throw null!;
    }

    public sealed class OpenAIChatCompletionService : IChatCompletionService, ITextGenerationService
    {
        public OpenAIChatCompletionService(string modelId, string apiKey, string? organization = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
        public OpenAIChatCompletionService(string modelId, Uri endpoint, string? apiKey = null, string? organization = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
        public OpenAIChatCompletionService(string modelId, global::OpenAI.OpenAIClient openAIClient, ILoggerFactory? loggerFactory = null) { }

        public IReadOnlyDictionary<string, object?> Attributes => throw null!;
        public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<IReadOnlyList<TextContent>> GetTextContentsAsync(string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<StreamingTextContent> GetStreamingTextContentsAsync(string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class OpenAIStreamingChatMessageContent : StreamingChatMessageContent
    {
        internal OpenAIStreamingChatMessageContent() : base(null, null) { }

        // Null until the last update.
        public global::OpenAI.Chat.ChatFinishReason? FinishReason { get; set; }
    }
}
