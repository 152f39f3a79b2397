// Test stub of Mscc.GenerativeAI 3.1.0 types (flattened into Mscc.GenerativeAI.Types in 3.x).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Mscc.GenerativeAI.Types
{
    public static class Model
    {
        public const string Gemini25Pro = "gemini-2.5-pro";
        public const string Gemini25Flash = "gemini-2.5-flash";
        public const string Gemini20Flash = "gemini-2.0-flash";
    }

    public abstract class BaseConfig
    {
    }

    public partial class GenerationConfig : BaseConfig
    {
        // Default varies by model (Model.output_token_limit).
        public int? MaxOutputTokens { get; set; }
        // Up to 5.
        public List<string>? StopSequences { get; set; }
        public ThinkingConfig? ThinkingConfig { get; set; }
        public ThinkingLevel? ThinkingLevel { get; set; }
        public int? CandidateCount { get; set; }
        public float? Temperature { get; set; }
        public string? ResponseMimeType { get; set; }
    }

    public class ThinkingConfig
    {
        public int? ThinkingBudget { get; set; }
        public ThinkingLevel? ThinkingLevel { get; set; }
        public bool? IncludeThoughts { get; set; }
    }

    public enum ThinkingLevel
    {
        ThinkingLevelUnspecified,
        Low,
        High,
    }

    public class GenerateContentRequest
    {
        public List<Content> Contents { get; set; } = new();
        public GenerationConfig? GenerationConfig { get; set; }
        public Content? SystemInstruction { get; set; }
        public List<SafetySetting>? SafetySettings { get; set; }
    }

    public class Content
    {
        public Content() { }
        public Content(string text) { }
        public string? Role { get; set; }
        public List<Part>? Parts { get; set; }
    }

    public interface IPart
    {
    }

    public class Part : IPart
    {
        public string? Text { get; set; }
        public bool? Thought { get; set; }
    }

    public class TextData : IPart
    {
        public string? Text { get; set; }
    }

    public class SafetySetting { }
    public class Tools : List<Tool> { }
    public class Tool { }
    public class ToolConfig { }
    public class RequestOptions { }

    public class GenerateContentResponse
    {
        public List<Candidate>? Candidates { get; set; }
        public UsageMetadata? UsageMetadata { get; set; }
        // string.Empty when the first candidate stopped for MaxTokens, Safety, Recitation or Other.
        public string? Text => throw null!;
    }

    public class Candidate
    {
        public Content? Content { get; set; }
        public FinishReason? FinishReason { get; set; }
        public string? FinishMessage { get; set; }
        public int? Index { get; set; }
    }

    public class UsageMetadata
    {
        public int PromptTokenCount { get; set; }
        public int CandidatesTokenCount { get; set; }
        public int ThoughtsTokenCount { get; set; }
        public int TotalTokenCount { get; set; }
    }

    public enum FinishReason
    {
        FinishReasonUnspecified = 0,
        Stop = 1,
        MaxTokens = 2,
        Safety = 3,
        Recitation = 4,
        Language = 5,
        Other = 6,
        Blocklist = 7,
        ProhibitedContent = 8,
        Spii = 9,
        MalformedFunctionCall = 10,
        ImageSafety = 11,
        ImageProhibitedContent = 12,
        ImageOther = 13,
        NoImage = 14,
        ImageRecitation = 15,
        UnexpectedToolCall = 16,
        TooManyToolCalls = 17,
        MissingThoughtSignature = 18,
        MalformedResponse = 19,
    }

    public class ChatSession
    {
        internal ChatSession() { }
        public List<Content> History { get; set; } = new();

        public Task<GenerateContentResponse> SendMessage(string prompt, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<GenerateContentResponse> SendMessage(List<IPart> parts, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> SendMessageStream(string prompt, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GenerateContentResponse> SendMessageStream(List<IPart> parts, GenerationConfig? generationConfig = null, List<SafetySetting>? safetySettings = null, Tools? tools = null, CancellationToken cancellationToken = default) => throw null!;
    }
}
