using System.Collections.Immutable;

namespace LlmAnalyzers.Configuration;

internal enum OptionKind
{
    /// <summary>An integer greater than zero.</summary>
    PositiveInteger,

    /// <summary>A comma-separated list of strings.</summary>
    StringList,

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
        RuleIdentifiers.CapBelowMinimum,
        RuleIdentifiers.ThinkingBudgetUnusable);

    public static readonly OptionDefinition ModelOutputCaps = new(
        "llm_analyzers.model_output_caps",
        OptionKind.ModelCaps,
        "",
        "Output-token limits for models the built-in catalog does not know or gets wrong (fine-tunes, self-hosted models, Azure deployment names), as `model:tokens` pairs separated by commas. They win over the catalog and over llm-models.json.",
        RuleIdentifiers.CapAboveModelLimit);

    public const int MinStopSequenceLengthValue = 3;
    public const int MinReasoningOutputTokensValue = 1024;

    public static readonly OptionDefinition MinStopSequenceLength = new(
        "llm_analyzers.min_stop_sequence_length",
        OptionKind.PositiveInteger,
        "3",
        "The fewest non-whitespace characters a stop sequence may have. Sequences made only of line breaks are always allowed where the provider accepts them.",
        RuleIdentifiers.UnsafeStopSequence);

    public static readonly OptionDefinition StopSequenceDenylist = new(
        "llm_analyzers.stop_sequence_denylist",
        OptionKind.StringList,
        "",
        "More stop sequences to report as likely to occur in normal output, separated by commas (compared ignoring case and surrounding whitespace). They extend the built-in list.",
        RuleIdentifiers.UnsafeStopSequence);

    public static readonly OptionDefinition MaxOutputTokensCeiling = new(
        "llm_analyzers.max_output_tokens_ceiling",
        OptionKind.PositiveInteger,
        "",
        "The team's ceiling for output-token limits; a constant limit above it is reported. Unset: no ceiling.",
        RuleIdentifiers.CapAboveCeiling);

    public static readonly OptionDefinition MinReasoningOutputTokens = new(
        "llm_analyzers.min_reasoning_output_tokens",
        OptionKind.PositiveInteger,
        "1024",
        "The smallest output-token limit for a reasoning model or a request with reasoning turned on.",
        RuleIdentifiers.ReasoningCapTooSmall);

    /// <summary>Every option, in documentation order.</summary>
    public static readonly ImmutableArray<OptionDefinition> All = ImmutableArray.Create(
        DefaultMaxOutputTokens,
        ModelOutputCaps,
        MinStopSequenceLength,
        StopSequenceDenylist,
        MaxOutputTokensCeiling,
        MinReasoningOutputTokens);
}
