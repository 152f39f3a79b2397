// Test stub of Google.GenAI (sdk-surface.md §g): types shared by the < 1.0 and ≥ 1.0 stubs.
using System.Collections.Generic;

namespace Google.GenAI.Types
{
    public record GenerateContentConfig
    {
        public int? MaxOutputTokens { get; set; }
        // No limit in the SDK doc; the Gemini API allows 5.
        public List<string>? StopSequences { get; set; }
        public ThinkingConfig? ThinkingConfig { get; set; }
        public int? CandidateCount { get; set; }
        public double? Temperature { get; set; }
        public Content? SystemInstruction { get; set; }
        public string? ResponseMimeType { get; set; }
        public object? ResponseJsonSchema { get; set; }
    }

    public record ThinkingConfig
    {
        // 0 disables, -1 is automatic.
        public int? ThinkingBudget { get; set; }
        public ThinkingLevel? ThinkingLevel { get; set; }
        public bool? IncludeThoughts { get; set; }
    }

    public record Content
    {
        public List<Part>? Parts { get; set; }
        public string? Role { get; set; }
    }

    public record Part
    {
        public string? Text { get; set; }
        public bool? Thought { get; set; }
    }

    public record Candidate
    {
        public Content? Content { get; set; }
        public FinishReason? FinishReason { get; set; }
        public string? FinishMessage { get; set; }
        public int? Index { get; set; }
    }

    public record GenerateContentResponseUsageMetadata
    {
        public int? PromptTokenCount { get; set; }
        public int? CandidatesTokenCount { get; set; }
        public int? ThoughtsTokenCount { get; set; }
        public int? TotalTokenCount { get; set; }
    }

    public class HttpOptions
    {
        public string? BaseUrl { get; set; }
        public string? ApiVersion { get; set; }
        public int? Timeout { get; set; }
        public Dictionary<string, string>? Headers { get; set; }
    }
}
