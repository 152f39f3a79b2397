// Test stub of Betalgo.Ranul.OpenAI 9.2.6 (sdk-surface.md §i). Shapes only.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Betalgo.Ranul.OpenAI.ObjectModels;
using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;
using Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels;

[assembly: AssemblyVersion("9.2.6.0")]

namespace Betalgo.Ranul.OpenAI
{
    public class OpenAIOptions
    {
        public string ApiKey { get; set; } = "";
        public string? DefaultModelId { get; set; }
        public string? Organization { get; set; }
    }
}

namespace Betalgo.Ranul.OpenAI.Interfaces
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

namespace Betalgo.Ranul.OpenAI.Managers
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
