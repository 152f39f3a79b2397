using System.Collections.Immutable;

namespace LlmAnalyzers.Catalog;

/// <summary>The facts the rules need about one model. Token counts are null when unknown.</summary>
internal sealed class ModelInfo
{
    public ModelInfo(
        string id,
        string[] aliases,
        string provider,
        int? maxOutputTokens,
        int? contextWindow,
        int? betaMaxOutputTokens = null,
        bool isReasoning = false,
        bool rejectsStopSequences = false,
        (int Min, int Max)? thinkingBudget = null)
    {
        Id = id;
        Aliases = ImmutableArray.Create(aliases);
        Provider = provider;
        MaxOutputTokens = maxOutputTokens;
        ContextWindow = contextWindow;
        BetaMaxOutputTokens = betaMaxOutputTokens;
        IsReasoning = isReasoning;
        RejectsStopSequences = rejectsStopSequences;
        ThinkingBudget = thinkingBudget;
    }

    public string Id { get; }

    public ImmutableArray<string> Aliases { get; }

    /// <summary>One of "openai", "anthropic", "google", "mistral", "xai", "cohere", "deepseek", "meta".</summary>
    public string Provider { get; }

    public int? MaxOutputTokens { get; }

    public int? ContextWindow { get; }

    /// <summary>The highest output cap a beta header unlocks (some only on batch APIs).</summary>
    public int? BetaMaxOutputTokens { get; }

    /// <summary>Spends output tokens on reasoning by default.</summary>
    public bool IsReasoning { get; }

    /// <summary>The API rejects stop sequences for this model.</summary>
    public bool RejectsStopSequences { get; }

    /// <summary>The accepted thinking-budget range, where the provider documents one for this model.</summary>
    public (int Min, int Max)? ThinkingBudget { get; }

    public override string ToString() => Id;
}
