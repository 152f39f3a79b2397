using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Configuration;

/// <summary>One <c>llm_analyzers.*</c> key: what it means, its default, and the rules that read it.</summary>
internal sealed class OptionDefinition
{
    public OptionDefinition(string key, string defaultValue, string description, params string[] ruleIds)
    {
        Key = key;
        DefaultValue = defaultValue;
        Description = description;
        RuleIds = ImmutableArray.Create(ruleIds);
    }

    public string Key { get; }

    /// <summary>The default as a user would write it; empty when the option is off unless set.</summary>
    public string DefaultValue { get; }

    public string Description { get; }

    public ImmutableArray<string> RuleIds { get; }
}

/// <summary>The <c>llm_analyzers.*</c> options read from .editorconfig.</summary>
internal static class LlmOptions
{
    public const int DefaultMaxOutputTokensValue = 1024;

    public static readonly OptionDefinition DefaultMaxOutputTokens = new(
        "llm_analyzers.default_max_output_tokens",
        "1024",
        "The output-token limit that code fixes insert.",
        RuleIdentifiers.MissingMaxOutputTokens);

    /// <summary>Every option, in documentation order.</summary>
    public static readonly ImmutableArray<OptionDefinition> All = ImmutableArray.Create(
        DefaultMaxOutputTokens);

    /// <summary>The cap a fix inserts. A missing or malformed value falls back to the default.</summary>
    public static int GetDefaultMaxOutputTokens(AnalyzerConfigOptions options)
        => options.TryGetValue(DefaultMaxOutputTokens.Key, out var text)
           && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
           && value > 0
            ? value
            : DefaultMaxOutputTokensValue;
}
