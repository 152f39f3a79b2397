// Test stub of Microsoft.SemanticKernel.Connectors.AzureOpenAI 1.80.0 (sdk-surface.md §d.1, d.3).
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Microsoft.SemanticKernel.TextGeneration;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel.Connectors.AzureOpenAI
{
    public sealed class AzureOpenAIPromptExecutionSettings : OpenAIPromptExecutionSettings
    {
        // MaxTokens goes out as legacy max_tokens unless this is true (then max_completion_tokens).
        [Experimental("SKEXP0010")]
        public bool SetNewMaxCompletionTokensEnabled { get; set; }

        public static new AzureOpenAIPromptExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings, int? defaultMaxTokens = null) => throw null!;
    }

    public sealed class AzureOpenAIChatCompletionService : IChatCompletionService, ITextGenerationService
    {
        public AzureOpenAIChatCompletionService(string deploymentName, string endpoint, string apiKey, string? modelId = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
        public AzureOpenAIChatCompletionService(string deploymentName, string endpoint, TokenCredential credentials, string? modelId = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }
        public AzureOpenAIChatCompletionService(string deploymentName, global::Azure.AI.OpenAI.AzureOpenAIClient azureOpenAIClient, string? modelId = null, ILoggerFactory? loggerFactory = null) { }

        public IReadOnlyDictionary<string, object?> Attributes => throw null!;
        public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<IReadOnlyList<TextContent>> GetTextContentsAsync(string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<StreamingTextContent> GetStreamingTextContentsAsync(string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
    }
}
