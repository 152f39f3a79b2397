// Test stub of Microsoft.SemanticKernel.Abstractions 1.80.0 chat and text-generation services (sdk-surface.md §d.1).
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.SemanticKernel.Services;

namespace Microsoft.SemanticKernel.ChatCompletion
{
    public interface IChatCompletionService : IAIService
    {
        Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default);
        IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default);
    }

    public static class ChatCompletionServiceExtensions
    {
        public static Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(this IChatCompletionService chatCompletionService, string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public static Task<ChatMessageContent> GetChatMessageContentAsync(this IChatCompletionService chatCompletionService, string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public static Task<ChatMessageContent> GetChatMessageContentAsync(this IChatCompletionService chatCompletionService, ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public static IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(this IChatCompletionService chatCompletionService, string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
        public static Microsoft.Extensions.AI.IChatClient AsChatClient(this IChatCompletionService service) => throw null!;
    }

    public class ChatHistory : Collection<ChatMessageContent>
    {
        public ChatHistory() { }
        public ChatHistory(string systemMessage) { }
        public ChatHistory(IEnumerable<ChatMessageContent> messages) { }

        public void AddMessage(AuthorRole authorRole, string content) { }
        public void AddUserMessage(string content) { }
        public void AddAssistantMessage(string content) { }
        public void AddSystemMessage(string content) { }
    }

    public readonly struct AuthorRole : IEquatable<AuthorRole>
    {
        public AuthorRole(string label) { Label = label; }
        public string Label { get; }
        public static AuthorRole System { get; } = new("system");
        public static AuthorRole User { get; } = new("user");
        public static AuthorRole Assistant { get; } = new("assistant");
        public static AuthorRole Tool { get; } = new("tool");
        public static bool operator ==(AuthorRole left, AuthorRole right) => left.Equals(right);
        public static bool operator !=(AuthorRole left, AuthorRole right) => !left.Equals(right);
        public bool Equals(AuthorRole other) => string.Equals(Label, other.Label, StringComparison.OrdinalIgnoreCase);
        public override bool Equals(object? obj) => obj is AuthorRole other && Equals(other);
        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Label ?? string.Empty);
        public override string ToString() => Label;
    }
}

namespace Microsoft.SemanticKernel.TextGeneration
{
    public interface ITextGenerationService : IAIService
    {
        Task<IReadOnlyList<TextContent>> GetTextContentsAsync(string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default);
        IAsyncEnumerable<StreamingTextContent> GetStreamingTextContentsAsync(string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default);
    }

    public static class TextGenerationExtensions
    {
        public static Task<TextContent> GetTextContentAsync(this ITextGenerationService textGenerationService, string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) => throw null!;
    }
}
