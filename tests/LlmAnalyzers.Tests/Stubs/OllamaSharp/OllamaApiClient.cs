// Test stub of OllamaSharp 5.4.25 (sdk-surface.md §j). Shapes only.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OllamaSharp.Models;
using OllamaSharp.Models.Chat;

[assembly: AssemblyVersion("5.4.25.0")]

namespace OllamaSharp
{
    public interface IOllamaApiClient
    {
        Uri Uri { get; }
        // Used when ChatRequest.Model / GenerateRequest.Model is empty.
        string SelectedModel { get; set; }
        IAsyncEnumerable<ChatResponseStream?> ChatAsync(ChatRequest request, CancellationToken cancellationToken = default);
        IAsyncEnumerable<GenerateResponseStream?> GenerateAsync(GenerateRequest request, CancellationToken cancellationToken = default);
    }

    public class OllamaApiClient : IOllamaApiClient, IChatClient, IEmbeddingGenerator<string, Embedding<float>>
    {
        public OllamaApiClient(string uriString, string defaultModel = "") { }
        public OllamaApiClient(Uri uri, string defaultModel = "") { }
        public OllamaApiClient(Configuration config) { }
        public OllamaApiClient(HttpClient client, string defaultModel = "", JsonSerializerContext? jsonSerializerContext = null) { }

        public Uri Uri => throw null!;
        public string SelectedModel { get; set; } = "";

        public IAsyncEnumerable<ChatResponseStream?> ChatAsync(ChatRequest request, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateResponseStream?> GenerateAsync(GenerateRequest request, CancellationToken cancellationToken = default) => throw null!;

        // MEAI: explicit, so reachable only through an IChatClient-typed expression.
        Task<ChatResponse> IChatClient.GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) => throw null!;
        IAsyncEnumerable<ChatResponseUpdate> IChatClient.GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) => throw null!;
        object? IChatClient.GetService(Type serviceType, object? serviceKey) => null;
        Task<GeneratedEmbeddings<Embedding<float>>> IEmbeddingGenerator<string, Embedding<float>>.GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options, CancellationToken cancellationToken) => throw null!;
        object? IEmbeddingGenerator.GetService(Type serviceType, object? serviceKey) => null;
        public void Dispose() { }

        public class Configuration
        {
            public Uri Uri { get; set; } = null!;
            public string Model { get; set; } = "";
        }
    }

    public static class OllamaApiClientExtensions
    {
        public static IAsyncEnumerable<GenerateResponseStream?> GenerateAsync(this IOllamaApiClient client, string prompt, ConversationContext? context = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public record ConversationContext(long[] Context);

    // Conversation helper: streams text only (no done reason).
    public class Chat
    {
        public Chat(IOllamaApiClient client) { }
        public Chat(IOllamaApiClient client, string systemPrompt) { }

        public IOllamaApiClient Client => throw null!;
        public string Model { get; set; } = "";
        public List<Message> Messages { get; set; } = new();
        public RequestOptions? Options { get; set; }
        public ThinkValue? Think { get; set; }

        public IAsyncEnumerable<string> SendAsync(string message, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<string> SendAsAsync(Models.Chat.ChatRole role, string message, CancellationToken cancellationToken = default) => throw null!;
    }
}
