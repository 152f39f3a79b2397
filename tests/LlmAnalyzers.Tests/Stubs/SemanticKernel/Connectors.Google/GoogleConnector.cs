// Test stub of Microsoft.SemanticKernel.Connectors.Google 1.80.0 (sdk-surface.md §d.1, d.3, d.4).
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel.Connectors.Google
{
    public sealed class GeminiPromptExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        // At most 5.
        public IList<string>? StopSequences { get; set; }
        public GeminiThinkingConfig? ThinkingConfig { get; set; }
        public int? CandidateCount { get; set; }
    }

    public class GeminiThinkingConfig
    {
        public int? ThinkingBudget { get; set; }
        public string? ThinkingLevel { get; set; }
        public bool? IncludeThoughts { get; set; }
    }

    // Label-backed struct; equality ignores case.
    public readonly struct GeminiFinishReason : IEquatable<GeminiFinishReason>
    {
        public GeminiFinishReason(string label) { Label = label; }

        public string Label { get; }

        public static GeminiFinishReason Unspecified { get; } = new("FINISH_REASON_UNSPECIFIED");
        public static GeminiFinishReason Stop { get; } = new("STOP");
        public static GeminiFinishReason MaxTokens { get; } = new("MAX_TOKENS");
        public static GeminiFinishReason Safety { get; } = new("SAFETY");
        public static GeminiFinishReason Recitation { get; } = new("RECITATION");
        public static GeminiFinishReason Other { get; } = new("OTHER");

        public static bool operator ==(GeminiFinishReason left, GeminiFinishReason right) => left.Equals(right);
        public static bool operator !=(GeminiFinishReason left, GeminiFinishReason right) => !left.Equals(right);
        public bool Equals(GeminiFinishReason other) => string.Equals(Label, other.Label, StringComparison.OrdinalIgnoreCase);
        public override bool Equals(object? obj) => obj is GeminiFinishReason other && Equals(other);
        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Label ?? string.Empty);
        public override string ToString() => Label ?? string.Empty;
    }

    // ChatMessageContent.Metadata of the Gemini connector; FinishReason is also stored under key "FinishReason".
    public sealed class GeminiMetadata : ReadOnlyDictionary<string, object?>
    {
        private GeminiMetadata() : base(new Dictionary<string, object?>()) { }

        public GeminiFinishReason? FinishReason => throw null!;
        public int Index => throw null!;
    }

    public enum GoogleAIVersion
    {
        V1,
        V1_Beta,
    }

    public enum VertexAIVersion
    {
        V1,
    }

    public sealed class GoogleAIGeminiChatCompletionService : IChatCompletionService
    {
        public GoogleAIGeminiChatCompletionService(string modelId, string apiKey, GoogleAIVersion apiVersion = GoogleAIVersion.V1_Beta, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }

        public IReadOnlyDictionary<string, object?> Attributes => throw null!;
        public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class VertexAIGeminiChatCompletionService : IChatCompletionService
    {
        public VertexAIGeminiChatCompletionService(string modelId, string bearerKey, string location, string projectId, VertexAIVersion apiVersion = VertexAIVersion.V1, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null) { }

        public IReadOnlyDictionary<string, object?> Attributes => throw null!;
        public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
    }
}
