// Test stub of Azure.AI.Inference 1.0.0-beta.5 (sdk-surface.md §e). Shapes only; bodies do nothing.
#nullable disable
using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

[assembly: AssemblyVersion("1.0.0.0")]

namespace Azure.AI.Inference
{
    public class ChatCompletionsClient
    {
        protected ChatCompletionsClient() { }
        public ChatCompletionsClient(Uri endpoint, AzureKeyCredential credential) { }
        public ChatCompletionsClient(Uri endpoint, AzureKeyCredential credential, AzureAIInferenceClientOptions options) { }
        public ChatCompletionsClient(Uri endpoint, TokenCredential credential) { }
        public ChatCompletionsClient(Uri endpoint, TokenCredential credential, AzureAIInferenceClientOptions options) { }

        public virtual Response<ChatCompletions> Complete(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<ChatCompletions>> CompleteAsync(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken = default) => throw null!;
        public virtual StreamingResponse<StreamingChatCompletionsUpdate> CompleteStreaming(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<StreamingResponse<StreamingChatCompletionsUpdate>> CompleteStreamingAsync(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken = default) => throw null!;
    }

    public class AzureAIInferenceClientOptions : ClientOptions
    {
        public AzureAIInferenceClientOptions() { }
    }

    // Server-sent-event stream of updates.
    public class StreamingResponse<T> : IDisposable, IAsyncEnumerable<T>
    {
        protected StreamingResponse() { }
        public Response GetRawResponse() => throw null!;
        public IAsyncEnumerable<T> EnumerateValues() => throw null!;
        public void Dispose() { }
        IAsyncEnumerator<T> IAsyncEnumerable<T>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null!;
    }
}
