// Test stub of Google.GenAI ≥ 1.0 (sdk-surface.md §g): client and Models with CancellationToken (added in 1.0.0).
using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Google.Apis.Auth.OAuth2;
using Google.GenAI.Types;

[assembly: AssemblyVersion("1.21.1.0")]

namespace Google.GenAI
{
    public sealed class Client : IDisposable, IAsyncDisposable
    {
        public Client(bool? enterprise = null, bool? vertexAI = null, string? apiKey = null, ICredential? credential = null, string? project = null, string? location = null, HttpOptions? httpOptions = null, ClientOptions? clientOptions = null) { }

        public Models Models => throw null!;
        public void Dispose() { }
        public ValueTask DisposeAsync() => default;
    }

    public class ClientOptions
    {
    }

    public sealed class Models
    {
        internal Models() { }

        public Task<GenerateContentResponse> GenerateContentAsync(string model, List<Content> contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> GenerateContentAsync(string model, Content contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> GenerateContentAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, List<Content> contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, Content contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace Google.GenAI.Types
{
    public record GenerateContentResponse
    {
        public List<Candidate>? Candidates { get; set; }
        public GenerateContentResponseUsageMetadata? UsageMetadata { get; set; }
        // Convenience accessor (1.3.0+): text of the first candidate.
        public string? Text => throw null!;
    }
}
