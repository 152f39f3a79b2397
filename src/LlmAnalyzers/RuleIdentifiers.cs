namespace LlmAnalyzers;

/// <summary>Rule IDs, numbered in the order the rules were added and never reused.</summary>
public static class RuleIdentifiers
{
    public const string MissingMaxOutputTokens = "LLM0001";
    public const string UncheckedFinishReason = "LLM0002";
    public const string UncheckedStructuredOutput = "LLM0008";

    public static string GetHelpUri(string id) => $"https://github.com/llmanalyzers/llmanalyzers/blob/main/docs/rules/{id}.md";
}
