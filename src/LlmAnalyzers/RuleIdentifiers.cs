namespace LlmAnalyzers;

/// <summary>Rule IDs, numbered in the order the rules were added and never reused.</summary>
public static class RuleIdentifiers
{
    public const string MissingMaxOutputTokens = "LLM0001";
    public const string UncheckedFinishReason = "LLM0002";
    public const string CapAboveModelLimit = "LLM0003";
    public const string UnsafeStopSequence = "LLM0004";
    public const string TooManyStopSequences = "LLM0005";
    public const string CapBelowMinimum = "LLM0006";
    public const string ThinkingBudgetUnusable = "LLM0007";
    public const string UncheckedStructuredOutput = "LLM0008";
    public const string NonStreamingRequestRefused = "LLM0009";
    public const string CapAboveCeiling = "LLM0010";
    public const string ReasoningCapTooSmall = "LLM0011";
    public const string StopSequencesRejected = "LLM0012";
    public const string InvalidConfiguration = "LLM0099";

    public static string GetHelpUri(string id) => $"https://github.com/llmanalyzers/llmanalyzers/blob/main/docs/rules/{id}.md";
}
