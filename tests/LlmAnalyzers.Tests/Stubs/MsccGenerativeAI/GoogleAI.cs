// Test stub of Mscc.GenerativeAI 3.1.0 (sdk-surface.md §l). Shapes only; no Async suffixes, as in the SDK.
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Mscc.GenerativeAI.Types;

[assembly: AssemblyVersion("3.1.0.0")]

namespace Mscc.GenerativeAI
{
    public class GoogleAI
    {
        public GoogleAI(string? apiKey = null) { }

        public GenerativeModel GenerativeModel(string model = Model.Gemini25Pro, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null, Content? systemInstruction = null, ILogger? logger = null) => throw null!;
    }

    public class GenerativeModel
    {
        protected GenerativeModel() { }

        public Task<GenerateContentResponse> GenerateContent(GenerateContentRequest? request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> GenerateContent(string? prompt, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null, ToolConfig? toolConfig = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> GenerateContent(List<IPart>? parts, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null, ToolConfig? toolConfig = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStream(GenerateContentRequest? request, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStream(string? prompt, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null, ToolConfig? toolConfig = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStream(List<IPart>? parts, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null, ToolConfig? toolConfig = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) => throw null!;

        public ChatSession StartChat(List<Content>? history = null, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null) => throw null!;
    }
}
