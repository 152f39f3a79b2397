using Microsoft.CodeAnalysis;

namespace LlmAnalyzers;

internal static class Categories
{
    public const string Cost = "Cost";
    public const string Reliability = "Reliability";
    public const string Configuration = "Configuration";
}

internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor LLM0001_MissingMaxOutputTokens = Create(
        id: RuleIdentifiers.MissingMaxOutputTokens,
        title: "Set a max output token limit on LLM requests",
        messageFormat: "'{0}' is called without '{1}'; {2}",
        category: Categories.Cost,
        severity: DiagnosticSeverity.Warning,
        description: "A request without an output-token limit lets the model generate until its own maximum: cost and latency are unbounded, and some adapters silently apply a small default instead.");

    public static readonly DiagnosticDescriptor LLM0002_UncheckedFinishReason = Create(
        id: RuleIdentifiers.UncheckedFinishReason,
        title: "Check the finish reason before using an LLM response",
        messageFormat: "The response of '{0}' is used without checking '{1}'; a truncated answer ({2}) would pass as complete",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "A response cut off at the token limit looks like a normal answer: half a sentence is shown, half a tool call is executed. Read the finish reason and handle truncation before using the content.");

    public static readonly DiagnosticDescriptor LLM0007_ThinkingBudgetUnusable = Create(
        id: RuleIdentifiers.ThinkingBudgetUnusable,
        title: "Give the thinking budget a value the API accepts",
        messageFormat: "{0} {1} {2}",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "A thinking budget below the API minimum, not below the output-token limit it counts toward, or outside the model's range is rejected at run time.");

    public static readonly DiagnosticDescriptor LLM0008_UncheckedStructuredOutput = Create(
        id: RuleIdentifiers.UncheckedStructuredOutput,
        title: "Check the finish reason before parsing an LLM response as structured data",
        messageFormat: "The response of '{0}' is parsed as structured data without checking '{1}'; a truncated answer ({2}) is invalid or partial data",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "A response cut off at the token limit is half a JSON object: parsing fails at run time, or worse, succeeds on partial data. Check the finish reason before parsing.");

    public static readonly DiagnosticDescriptor LLM0003_CapAboveModelLimit = Create(
        id: RuleIdentifiers.CapAboveModelLimit,
        title: "Keep the output-token limit within the model's maximum",
        messageFormat: "{0} {1} exceeds the {2}-token output limit of '{3}'{4}",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "The API rejects a request whose output-token limit is above the model's maximum output. When the model and the limit are both known at compile time, the error can be fixed before it reaches production.");

    public static readonly DiagnosticDescriptor LLM0004_UnsafeStopSequence = Create(
        id: RuleIdentifiers.UnsafeStopSequence,
        title: "Use stop sequences that cannot end the answer early",
        messageFormat: "Stop sequence {0} {1}",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "Stop sequences are matched against the generated text: an empty, whitespace-only, very short or common one ends the answer at its first occurrence, or is rejected by the API.");

    public static readonly DiagnosticDescriptor LLM0005_TooManyStopSequences = Create(
        id: RuleIdentifiers.TooManyStopSequences,
        title: "Stay within the provider's number of stop sequences",
        messageFormat: "'{0}' has {1} stop sequences; {2} accepts at most {3}",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "Providers limit how many stop sequences a request may carry (OpenAI chat: 4, Gemini: 5); a request with more is rejected at run time.");

    public static readonly DiagnosticDescriptor LLM0006_CapBelowMinimum = Create(
        id: RuleIdentifiers.CapBelowMinimum,
        title: "Use an output-token limit the API accepts",
        messageFormat: "{0} {1} {2}; the API rejects the request",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "An output-token limit of zero or less, or below an API's documented minimum (OpenAI Responses: 16), is rejected at run time.");

    public static readonly DiagnosticDescriptor LLM0009_NonStreamingRequestRefused = Create(
        id: RuleIdentifiers.NonStreamingRequestRefused,
        title: "Stream requests the SDK refuses to send without streaming",
        messageFormat: "'{0}' with '{1}' {2} on '{3}' is refused by the SDK before sending: non-streaming requests above {4} tokens need streaming; call '{5}' or set an explicit '{6}' on the client",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "The official Anthropic SDK throws ArgumentOutOfRangeException for non-streaming requests whose output-token limit implies a long-running request on some models, unless the client has an explicit timeout.");

    public static readonly DiagnosticDescriptor LLM0010_CapAboveCeiling = Create(
        id: RuleIdentifiers.CapAboveCeiling,
        title: "Keep output-token limits under the team ceiling",
        messageFormat: "{0} {1} is above the team ceiling of {2} tokens (llm_analyzers.max_output_tokens_ceiling)",
        category: Categories.Cost,
        severity: DiagnosticSeverity.Warning,
        description: "A team can cap how many output tokens a request may ask for with llm_analyzers.max_output_tokens_ceiling; without that option this rule reports nothing.");

    public static readonly DiagnosticDescriptor LLM0011_ReasoningCapTooSmall = Create(
        id: RuleIdentifiers.ReasoningCapTooSmall,
        title: "Leave room for the answer when the model reasons",
        messageFormat: "{0} {1} is below {2} tokens for {3}: reasoning tokens count toward the limit and the visible answer can come back empty",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "Reasoning models spend output tokens thinking before they answer, inside the same limit. With a small limit the whole budget goes to reasoning and the response has no text.");

    public static readonly DiagnosticDescriptor LLM0012_StopSequencesRejected = Create(
        id: RuleIdentifiers.StopSequencesRejected,
        title: "Do not send stop sequences to models that reject them",
        messageFormat: "'{0}' does not accept stop sequences; the API rejects this request",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "Some reasoning models (o3, o4-mini) reject the stop parameter; a request that sets stop sequences for them fails at run time.");

    public static readonly DiagnosticDescriptor LLM0099_InvalidConfiguration = Create(
        id: RuleIdentifiers.InvalidConfiguration,
        title: "LlmAnalyzers configuration is invalid",
        messageFormat: "{0}: {1}",
        category: Categories.Configuration,
        severity: DiagnosticSeverity.Warning,
        description: "An llm_analyzers.* option in .editorconfig or the llm-models.json additional file is malformed or unknown. The analyzers ignore the bad value and use their defaults.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description, bool isEnabledByDefault = true, params string[] customTags)
        => new(id, title, messageFormat, category, severity, isEnabledByDefault, description, RuleIdentifiers.GetHelpUri(id), customTags);
}
