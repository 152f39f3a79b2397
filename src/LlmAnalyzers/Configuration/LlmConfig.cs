using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Configuration;

/// <summary>A configuration problem: where it is, what is wrong, and what the analyzers do instead.</summary>
internal sealed class ConfigError : IEquatable<ConfigError>
{
    public ConfigError(string source, string problem)
    {
        Source = source;
        Problem = problem;
    }

    /// <summary>The key or file: <c>.editorconfig key 'llm_analyzers.x'</c>, <c>llm-models.json</c>.</summary>
    public string Source { get; }

    public string Problem { get; }

    public bool Equals(ConfigError? other) => other is not null && Source == other.Source && Problem == other.Problem;

    public override bool Equals(object? obj) => Equals(obj as ConfigError);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Source) ^ StringComparer.Ordinal.GetHashCode(Problem);
}

/// <summary>The <c>llm_analyzers.*</c> values of one .editorconfig scope, parsed once. Malformed values fall back to defaults and are listed in <see cref="Errors"/>.</summary>
internal sealed class LlmConfig
{
    public static readonly LlmConfig Default = new();

    private LlmConfig()
    {
    }

    public int DefaultMaxOutputTokens { get; private set; } = LlmOptions.DefaultMaxOutputTokensValue;

    /// <summary>Model output caps from <c>llm_analyzers.model_output_caps</c>, by model id (case-insensitive).</summary>
    public ImmutableDictionary<string, int> ModelOutputCaps { get; private set; } = ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    public int MinStopSequenceLength { get; private set; } = LlmOptions.MinStopSequenceLengthValue;

    /// <summary>Extra denied stop sequences, trimmed, compared ignoring case.</summary>
    public ImmutableHashSet<string> StopSequenceDenylist { get; private set; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    public int? MaxOutputTokensCeiling { get; private set; }

    public int MinReasoningOutputTokens { get; private set; } = LlmOptions.MinReasoningOutputTokensValue;

    public ImmutableArray<ConfigError> Errors { get; private set; } = ImmutableArray<ConfigError>.Empty;

    public static LlmConfig Parse(AnalyzerConfigOptions options)
    {
        var config = new LlmConfig();
        var errors = ImmutableArray.CreateBuilder<ConfigError>();

        if (TryGet(options, LlmOptions.DefaultMaxOutputTokens, out var text))
            config.DefaultMaxOutputTokens = PositiveInteger(LlmOptions.DefaultMaxOutputTokens, text, LlmOptions.DefaultMaxOutputTokensValue, errors);
        if (TryGet(options, LlmOptions.ModelOutputCaps, out text))
            config.ModelOutputCaps = ModelCaps(text, errors);
        if (TryGet(options, LlmOptions.MinStopSequenceLength, out text))
            config.MinStopSequenceLength = PositiveInteger(LlmOptions.MinStopSequenceLength, text, LlmOptions.MinStopSequenceLengthValue, errors);
        if (TryGet(options, LlmOptions.StopSequenceDenylist, out text))
            config.StopSequenceDenylist = text.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        if (TryGet(options, LlmOptions.MaxOutputTokensCeiling, out text) && text.Length > 0)
        {
            var ceiling = PositiveInteger(LlmOptions.MaxOutputTokensCeiling, text, 0, errors, "no ceiling applies");
            config.MaxOutputTokensCeiling = ceiling > 0 ? ceiling : null;
        }

        if (TryGet(options, LlmOptions.MinReasoningOutputTokens, out text))
            config.MinReasoningOutputTokens = PositiveInteger(LlmOptions.MinReasoningOutputTokens, text, LlmOptions.MinReasoningOutputTokensValue, errors);

        foreach (var key in Keys(options))
        {
            if (key.StartsWith(LlmOptions.Prefix, StringComparison.OrdinalIgnoreCase) && !LlmOptions.All.Any(o => string.Equals(o.Key, key, StringComparison.OrdinalIgnoreCase)))
                errors.Add(new ConfigError($".editorconfig key '{key}'", $"unknown option; known options are {string.Join(", ", LlmOptions.All.Select(o => o.Key))}"));
        }

        config.Errors = errors.ToImmutable();
        return config;
    }

    private static bool TryGet(AnalyzerConfigOptions options, OptionDefinition option, out string value)
    {
        if (options.TryGetValue(option.Key, out var raw))
        {
            value = raw.Trim();
            return true;
        }

        value = "";
        return false;
    }

    private static int PositiveInteger(OptionDefinition option, string text, int fallback, ImmutableArray<ConfigError>.Builder errors, string? instead = null)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0)
            return value;
        errors.Add(new ConfigError($".editorconfig key '{option.Key}'", $"'{text}' is not a positive integer; {instead ?? "using " + fallback.ToString(CultureInfo.InvariantCulture)}"));
        return fallback;
    }

    private static ImmutableDictionary<string, int> ModelCaps(string text, ImmutableArray<ConfigError>.Builder errors)
    {
        var result = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in text.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var entry = item.Trim();
            if (entry.Length == 0)
                continue;

            // Model ids may contain ':' (Bedrock "...-v1:0"): the count follows the last one.
            var colon = entry.LastIndexOf(':');
            if (colon <= 0
                || !int.TryParse(entry.Substring(colon + 1).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var tokens)
                || tokens <= 0)
            {
                errors.Add(new ConfigError($".editorconfig key '{LlmOptions.ModelOutputCaps.Key}'", $"entry '{entry}' is not 'model:tokens' with a positive token count; the entry is ignored"));
                continue;
            }

            result[entry.Substring(0, colon).Trim()] = tokens;
        }

        return result.ToImmutable();
    }

    private static IEnumerable<string> Keys(AnalyzerConfigOptions options)
    {
        try
        {
            return options.Keys.ToList();
        }
        catch (NotImplementedException)
        {
            return Array.Empty<string>();
        }
    }
}
