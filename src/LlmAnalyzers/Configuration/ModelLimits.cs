using LlmAnalyzers.Catalog;

namespace LlmAnalyzers.Configuration;

/// <summary>What the rules know about a model: from the user's overrides or the built-in catalog.</summary>
internal sealed class ModelLimits
{
    private ModelLimits(string id, int? maxOutputTokens, int? contextWindow, int? betaMaxOutputTokens, ModelInfo? catalog)
    {
        Id = id;
        MaxOutputTokens = maxOutputTokens;
        ContextWindow = contextWindow;
        BetaMaxOutputTokens = betaMaxOutputTokens;
        Catalog = catalog;
    }

    /// <summary>The id the code uses.</summary>
    public string Id { get; }

    public int? MaxOutputTokens { get; }

    public int? ContextWindow { get; }

    /// <summary>The highest output cap a beta header can unlock, if any.</summary>
    public int? BetaMaxOutputTokens { get; }

    /// <summary>The catalog entry, when the limits come from the catalog (reasoning flags, thinking budgets).</summary>
    public ModelInfo? Catalog { get; }

    /// <summary>Overrides from .editorconfig win, then llm-models.json, then the catalog; null for an unknown model.</summary>
    public static ModelLimits? Find(string id, LlmConfig config, ModelOverrides overrides, bool exact = false)
    {
        if (config.ModelOutputCaps.TryGetValue(id, out var tokens))
            return new ModelLimits(id, tokens, null, null, null);
        if (overrides.Find(id) is { } model)
            return new ModelLimits(id, model.MaxOutputTokens, model.ContextWindow, null, null);
        return (exact ? ModelCatalog.FindExact(id) : ModelCatalog.Find(id)) is { } info
            ? new ModelLimits(id, info.MaxOutputTokens, info.ContextWindow, info.BetaMaxOutputTokens, info)
            : null;
    }
}
