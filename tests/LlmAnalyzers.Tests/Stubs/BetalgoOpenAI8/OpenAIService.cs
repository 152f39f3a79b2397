// Test stub of Betalgo.OpenAI 8.7.2 (assembly "OpenAI", namespaces OpenAI.*) (sdk-surface.md §i). Shapes only.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.ObjectModels;
using OpenAI.ObjectModels.RequestModels;
using OpenAI.ObjectModels.ResponseModels;

[assembly: AssemblyVersion("8.7.2.0")]

namespace OpenAI
{
    public class OpenAIOptions
    {
        public string ApiKey { get; set; } = "";
        public string? DefaultModelId { get; set; }
        public string? Organization { get; set; }
    }
}

namespace OpenAI.Interfaces
{
    public interface IOpenAIService
    {
        IChatCompletionService ChatCompletion { get; }
        ICompletionService Completions { get; }
        void SetDefaultModelId(string modelId);
    }

    public interface IChatCompletionService
    {
        Task<ChatCompletionCreateResponse> CreateCompletion(ChatCompletionCreateRequest chatCompletionCreate, string? modelId = null, CancellationToken cancellationToken = default);
        IAsyncEnumerable<ChatCompletionCreateResponse> CreateCompletionAsStream(ChatCompletionCreateRequest chatCompletionCreate, string? modelId = null, bool justDataMode = true, CancellationToken cancellationToken = default);
    }

    public interface ICompletionService
    {
        Task<CompletionCreateResponse> CreateCompletion(CompletionCreateRequest createCompletionModel, string? modelId = null, CancellationToken cancellationToken = default);
        IAsyncEnumerable<CompletionCreateResponse> CreateCompletionAsStream(CompletionCreateRequest createCompletionModel, string? modelId = null, bool justDataMode = true, CancellationToken cancellationToken = default);
    }

    public static class IChatCompletionServiceExtension
    {
        public static Task<ChatCompletionCreateResponse> Create(this IChatCompletionService service, ChatCompletionCreateRequest chatCompletionCreate, Models.Model modelId, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace OpenAI.Managers
{
    public class OpenAIService : Interfaces.IOpenAIService, IDisposable
    {
        public OpenAIService(OpenAIOptions settings, HttpClient? httpClient = null) { }
        public Interfaces.IChatCompletionService ChatCompletion => throw null!;
        public Interfaces.ICompletionService Completions => throw null!;
        public void SetDefaultModelId(string modelId) { }
        public void Dispose() { }
    }
}
