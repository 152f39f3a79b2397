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

    public static readonly DiagnosticDescriptor LLM0008_UncheckedStructuredOutput = Create(
        id: RuleIdentifiers.UncheckedStructuredOutput,
        title: "Check the finish reason before parsing an LLM response as structured data",
        messageFormat: "The response of '{0}' is parsed as structured data without checking '{1}'; a truncated answer ({2}) is invalid or partial data",
        category: Categories.Reliability,
        severity: DiagnosticSeverity.Warning,
        description: "A response cut off at the token limit is half a JSON object: parsing fails at run time, or worse, succeeds on partial data. Check the finish reason before parsing.");

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description, bool isEnabledByDefault = true)
        => new(id, title, messageFormat, category, severity, isEnabledByDefault, description, RuleIdentifiers.GetHelpUri(id));
}
