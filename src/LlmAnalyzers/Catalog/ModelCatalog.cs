using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace LlmAnalyzers.Catalog;

/// <summary>The built-in model catalog (ModelCatalog.Generated.cs) and model-id matching.</summary>
internal static partial class ModelCatalog
{
    private static readonly string[] BedrockRegions = ["us.", "eu.", "apac.", "global.", "us-gov.", "jp.", "au."];
    private static readonly string[] BedrockProviders = ["anthropic.", "meta.", "amazon.", "mistral.", "cohere.", "ai21.", "deepseek.", "openai."];

    public static ImmutableArray<ModelInfo> All { get; } = ImmutableArray.Create(CreateEntries());

    // Ids and aliases, ordinal ignore-case. Never written after this initializer.
    private static readonly Dictionary<string, ModelInfo> ByName = CreateIndex(All);

    /// <summary>Exact id or alias (ordinal, case-insensitive); then the normalized id; then the longest prefix match. Null when unknown.</summary>
    /// <summary>Exact id or alias only (ordinal, case-insensitive): for names that are not model ids, such as deployments.</summary>
    public static ModelInfo? FindExact(string? modelId)
        => modelId is not null && ByName.TryGetValue(modelId.Trim(), out var model) ? model : null;

    public static ModelInfo? Find(string? modelId)
    {
        var id = modelId?.Trim();
        if (id is null || id.Length == 0)
            return null;
        if (ByName.TryGetValue(id, out var model))
            return model;

        // Routing prefixes ("openai/", "models/", "groq/meta-llama/"): drop one segment at a time.
        for (var slash = id.IndexOf('/'); slash >= 0; slash = id.IndexOf('/'))
        {
            id = id.Substring(slash + 1);
            if (ByName.TryGetValue(id, out model))
                return model;
        }

        if ((StripPrefix(ref id, BedrockRegions) && ByName.TryGetValue(id, out model))
            || (StripPrefix(ref id, BedrockProviders) && ByName.TryGetValue(id, out model))
            || (StripVertexVersion(ref id) && ByName.TryGetValue(id, out model))
            || (StripBedrockVersion(ref id) && ByName.TryGetValue(id, out model))
            || (StripDate(ref id) && ByName.TryGetValue(id, out model)))
        {
            return model;
        }

        return FindByPrefix(id);
    }

    /// <summary>The longest id or alias that the input starts with, followed by a '-' and not by a version number.</summary>
    private static ModelInfo? FindByPrefix(string id)
    {
        for (var dash = id.LastIndexOf('-'); dash > 0; dash = id.LastIndexOf('-', dash - 1))
        {
            // "claude-fable-5-2" is another version of claude-fable-5; "gpt-4-0613" and "gemini-2.5-flash-001" are snapshots.
            var digits = CountDigits(id, dash + 1);
            var isVersion = digits is 1 or 2 && (dash + 1 + digits == id.Length || id[dash + 1 + digits] == '-');
            if (!isVersion && ByName.TryGetValue(id.Substring(0, dash), out var model))
                return model;
        }

        return null;
    }

    private static bool StripPrefix(ref string id, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                id = id.Substring(prefix.Length);
                return true;
            }
        }

        return false;
    }

    // "claude-sonnet-4-5@20250929", "gemini-2.5-pro@001"
    private static bool StripVertexVersion(ref string id)
    {
        var at = id.IndexOf('@');
        if (at < 0)
            return false;
        id = id.Substring(0, at);
        return true;
    }

    // "-v1:0", "-v2", "-1:0" (openai.gpt-oss-120b-1:0)
    private static bool StripBedrockVersion(ref string id)
    {
        var dash = id.LastIndexOf('-');
        if (dash < 0)
            return false;
        var hasV = dash + 1 < id.Length && (id[dash + 1] == 'v' || id[dash + 1] == 'V');
        var major = dash + (hasV ? 2 : 1);
        var colon = major + CountDigits(id, major);
        var valid = colon > major && (colon == id.Length
            ? hasV
            : id[colon] == ':' && CountDigits(id, colon + 1) is var minor && minor > 0 && colon + 1 + minor == id.Length);
        if (valid)
            id = id.Substring(0, dash);
        return valid;
    }

    // "-2024-08-06", "-20250929"
    private static bool StripDate(ref string id)
    {
        var length = id.Length;
        var dashed = length > 11 && id[length - 11] == '-' && id[length - 6] == '-' && id[length - 3] == '-'
            && CountDigits(id, length - 10) == 4 && CountDigits(id, length - 5) == 2 && CountDigits(id, length - 2) == 2;
        var compact = !dashed && length > 9 && id[length - 9] == '-' && CountDigits(id, length - 8) == 8;
        if (!dashed && !compact)
            return false;
        id = id.Substring(0, length - (dashed ? 11 : 9));
        return true;
    }

    private static int CountDigits(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] >= '0' && text[end] <= '9')
            end++;
        return end - start;
    }

    private static Dictionary<string, ModelInfo> CreateIndex(ImmutableArray<ModelInfo> models)
    {
        var index = new Dictionary<string, ModelInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models)
        {
            index[model.Id] = model;
            foreach (var alias in model.Aliases)
                index[alias] = model;
        }

        return index;
    }
}
