// Test stub of Anthropic.SDK 5.10.0 by tghamm (sdk-surface.md §k). Shapes only.
#nullable disable
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Anthropic.SDK.Messaging;
using Microsoft.Extensions.AI;

[assembly: AssemblyVersion("5.10.0.0")]

namespace Anthropic.SDK
{
    public class AnthropicClient : IDisposable
    {
        public AnthropicClient(APIAuthentication apiKeys = null, HttpClient client = null, IRequestInterceptor requestInterceptor = null) { }
        public MessagesEndpoint Messages => throw null!;
        public void Dispose() { }
    }

    public class APIAuthentication
    {
        public APIAuthentication(string apiKey) { }
        public string ApiKey { get; set; }
    }

    public interface IRequestInterceptor
    {
    }
}

namespace Anthropic.SDK.Constants
{
    public static class AnthropicModels
    {
        public const string Claude46Opus = "claude-opus-4-6";
        public const string Claude46Sonnet = "claude-sonnet-4-6";
        public const string Claude45Opus = "claude-opus-4-5-20251101";
        public const string Claude45Sonnet = "claude-sonnet-4-5-20250929";
        public const string Claude45Haiku = "claude-haiku-4-5-20251001";
        public const string Claude41Opus = "claude-opus-4-1-20250805";
        public const string Claude4Opus = "claude-opus-4-20250514";
        public const string Claude4Sonnet = "claude-sonnet-4-20250514";
    }
}

namespace Anthropic.SDK.Messaging
{
    public class MessagesEndpoint : IChatClient
    {
        internal MessagesEndpoint() { }

        public Task<MessageResponse> GetClaudeMessageAsync(MessageParameters parameters, CancellationToken ctx = default) => throw null!;
        public IAsyncEnumerable<MessageResponse> StreamClaudeMessageAsync(MessageParameters parameters, CancellationToken ctx = default) => throw null!;

        // MEAI: explicit. Sends MaxTokens = 4096 when neither MaxTokens nor ChatOptions.MaxOutputTokens is set.
        Task<ChatResponse> IChatClient.GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken) => throw null!;
        IAsyncEnumerable<ChatResponseUpdate> IChatClient.GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken) => throw null!;
        object IChatClient.GetService(Type serviceType, object serviceKey) => null;
        void IDisposable.Dispose() { }
    }
}
