using System.Collections.Immutable;

namespace LlmAnalyzers.Configuration;

internal enum OptionKind
{
    /// <summary>An integer greater than zero.</summary>
    PositiveInteger,

    /// <summary>A comma-separated list of <c>model-id:tokens</c>.</summary>
    ModelCaps,
}

/// <summary>One <c>llm_analyzers.*</c> key: what it means, its default, and the rules that read it.</summary>
internal sealed class OptionDefinition
{
    public OptionDefinition(string key, OptionKind kind, string defaultValue, string description, params string[] ruleIds)
    {
        Key = key;
        Kind = kind;
        DefaultValue = defaultValue;
        Description = description;
        RuleIds = ImmutableArray.Create(ruleIds);
    }

    public string Key { get; }

    public OptionKind Kind { get; }

    /// <summary>The default as a user would write it; empty when the option is off unless set.</summary>
    public string DefaultValue { get; }

    public string Description { get; }

    public ImmutableArray<string> RuleIds { get; }
}

/// <summary>The <c>llm_analyzers.*</c> options read from .editorconfig.</summary>
internal static class LlmOptions
{
    public const string Prefix = "llm_analyzers.";
    public const int DefaultMaxOutputTokensValue = 1024;

    /// <summary>The additional file with model overrides.</summary>
    public const string ModelsFileName = "llm-models.json";

    public static readonly OptionDefinition DefaultMaxOutputTokens = new(
        "llm_analyzers.default_max_output_tokens",
        OptionKind.PositiveInteger,
        "1024",
        "The output-token limit that code fixes insert.",
        RuleIdentifiers.MissingMaxOutputTokens,
        RuleIdentifiers.CapBelowMinimum);

    public static readonly OptionDefinition ModelOutputCaps = new(
        "llm_analyzers.model_output_caps",
        OptionKind.ModelCaps,
        "",
        "Output-token limits for models the built-in catalog does not know or gets wrong (fine-tunes, self-hosted models, Azure deployment names), as `model:tokens` pairs separated by commas. They win over the catalog and over llm-models.json.",
        RuleIdentifiers.CapAboveModelLimit);

    /// <summary>Every option, in documentation order.</summary>
    public static readonly ImmutableArray<OptionDefinition> All = ImmutableArray.Create(
        DefaultMaxOutputTokens,
        ModelOutputCaps);
}
