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

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description, bool isEnabledByDefault = true)
        => new(id, title, messageFormat, category, severity, isEnabledByDefault, description, RuleIdentifiers.GetHelpUri(id));
}
