using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Configuration;

/// <summary>One model described by the user in llm-models.json.</summary>
internal sealed class ModelOverride
{
    public ModelOverride(string id, ImmutableArray<string> aliases, int? maxOutputTokens, int? contextWindow)
    {
        Id = id;
        Aliases = aliases;
        MaxOutputTokens = maxOutputTokens;
        ContextWindow = contextWindow;
    }

    public string Id { get; }

    public ImmutableArray<string> Aliases { get; }

    public int? MaxOutputTokens { get; }

    public int? ContextWindow { get; }
}

/// <summary>
/// The models of an <c>llm-models.json</c> additional file: an array of objects with <c>model</c>, optional
/// <c>aliases</c>, <c>max_output_tokens</c>, <c>context_window</c> (other fields are ignored, so catalog entries can be
/// copied as they are). Bad entries are reported and skipped; the rest applies.
/// </summary>
internal sealed class ModelOverrides
{
    public static readonly ModelOverrides Empty = new(ImmutableDictionary<string, ModelOverride>.Empty, ImmutableArray<ConfigError>.Empty);

    private readonly ImmutableDictionary<string, ModelOverride> _byId;

    private ModelOverrides(ImmutableDictionary<string, ModelOverride> byId, ImmutableArray<ConfigError> errors)
    {
        _byId = byId;
        Errors = errors;
    }

    public ImmutableArray<ConfigError> Errors { get; }

    public ModelOverride? Find(string modelId) => _byId.TryGetValue(modelId, out var model) ? model : null;

    public static ModelOverrides Load(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var result = Empty;
        foreach (var file in files)
        {
            if (string.Equals(Path.GetFileName(file.Path), LlmOptions.ModelsFileName, StringComparison.OrdinalIgnoreCase))
                result = result.Add(Parse(file.GetText(cancellationToken)?.ToString() ?? ""));
        }

        return result;
    }

    public static ModelOverrides Parse(string text)
    {
        var errors = ImmutableArray.CreateBuilder<ConfigError>();
        var byId = ImmutableDictionary.CreateBuilder<string, ModelOverride>(StringComparer.OrdinalIgnoreCase);
        if (!Json.TryParse(text, out var document, out var syntaxError))
            return new ModelOverrides(byId.ToImmutable(), ImmutableArray.Create(new ConfigError(LlmOptions.ModelsFileName, $"not valid JSON: {syntaxError}; no overrides from this file apply")));
        if (document is not List<object?> entries)
            return new ModelOverrides(byId.ToImmutable(), ImmutableArray.Create(new ConfigError(LlmOptions.ModelsFileName, "expected an array of model objects at the top level; no overrides from this file apply")));

        for (var index = 0; index < entries.Count; index++)
        {
            if (Entry(entries[index], index, errors) is not { } model)
                continue;
            foreach (var id in model.Aliases.Insert(0, model.Id))
                byId[id] = model;
        }

        return new ModelOverrides(byId.ToImmutable(), errors.ToImmutable());
    }

    private ModelOverrides Add(ModelOverrides other)
        => new(_byId.SetItems(other._byId), Errors.AddRange(other.Errors));

    private static ModelOverride? Entry(object? value, int index, ImmutableArray<ConfigError>.Builder errors)
    {
        var where = $"entry {(index + 1).ToString(CultureInfo.InvariantCulture)}";
        if (value is not Dictionary<string, object?> entry)
        {
            errors.Add(new ConfigError(LlmOptions.ModelsFileName, $"{where} is not an object; it is ignored"));
            return null;
        }

        if (!entry.TryGetValue("model", out var idValue) || idValue is not string id || id.Trim().Length == 0)
        {
            errors.Add(new ConfigError(LlmOptions.ModelsFileName, $"{where} has no 'model' string; it is ignored"));
            return null;
        }

        where += $" ('{id}')";
        var aliases = ImmutableArray<string>.Empty;
        if (entry.TryGetValue("aliases", out var aliasValue) && aliasValue is not null)
        {
            if (aliasValue is not List<object?> list || list.Any(a => a is not string))
            {
                errors.Add(new ConfigError(LlmOptions.ModelsFileName, $"{where}: 'aliases' must be an array of strings; it is ignored"));
                return null;
            }

            aliases = list.Cast<string>().ToImmutableArray();
        }

        if (!Tokens(entry, "max_output_tokens", where, errors, out var maxOutput) || !Tokens(entry, "context_window", where, errors, out var context))
            return null;
        return new ModelOverride(id.Trim(), aliases, maxOutput, context);
    }

    private static bool Tokens(Dictionary<string, object?> entry, string name, string where, ImmutableArray<ConfigError>.Builder errors, out int? tokens)
    {
        tokens = null;
        if (!entry.TryGetValue(name, out var value) || value is null)
            return true;
        if (value is double number && number >= 1 && number <= int.MaxValue && Math.Floor(number) == number)
        {
            tokens = (int)number;
            return true;
        }

        errors.Add(new ConfigError(LlmOptions.ModelsFileName, $"{where}: '{name}' must be a positive integer; the entry is ignored"));
        return false;
    }
}
