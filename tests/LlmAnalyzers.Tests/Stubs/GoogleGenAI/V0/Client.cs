// Test stub of Google.GenAI < 1.0 (0.11.0, the version SK pins; sdk-surface.md §g): no CancellationToken, no Response.Text.
using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading.Tasks;
using Google.Apis.Auth.OAuth2;
using Google.GenAI.Types;

[assembly: AssemblyVersion("0.11.0.0")]

namespace Google.GenAI
{
    public sealed class Client : IDisposable, IAsyncDisposable
    {
        public Client(bool? vertexAI = null, string? apiKey = null, ICredential? credential = null, string? project = null, string? location = null, HttpOptions? httpOptions = null) { }

        public Models Models => throw null!;
        public void Dispose() { }
        public ValueTask DisposeAsync() => default;
    }

    public sealed class Models
    {
        internal Models() { }

        public Task<GenerateContentResponse> GenerateContentAsync(string model, List<Content> contents, GenerateContentConfig? config = null) => throw null!;
        public Task<GenerateContentResponse> GenerateContentAsync(string model, Content contents, GenerateContentConfig? config = null) => throw null!;
        public Task<GenerateContentResponse> GenerateContentAsync(string model, string contents, GenerateContentConfig? config = null) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, List<Content> contents, GenerateContentConfig? config = null) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, Content contents, GenerateContentConfig? config = null) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, string contents, GenerateContentConfig? config = null) => throw null!;
    }
}

namespace Google.GenAI.Types
{
    public record GenerateContentResponse
    {
        public List<Candidate>? Candidates { get; set; }
        public GenerateContentResponseUsageMetadata? UsageMetadata { get; set; }
    }
}
