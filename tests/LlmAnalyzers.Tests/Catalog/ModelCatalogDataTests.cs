using System;
using System.Linq;
using System.Text.Json;
using LlmAnalyzers.Catalog;

namespace LlmAnalyzers.Tests.Catalog;

/// <summary>Every model of the checked-in model-caps.json, read independently of the generator.</summary>
public sealed class ModelCatalogDataTests
{
    private static readonly JsonElement[] Models = JsonDocument.Parse(CatalogFiles.ReadModelCaps()).RootElement.EnumerateArray().ToArray();

    public static TheoryData<string> ModelIds => new(Models.Select(m => m.GetProperty("model").GetString()!));

    [Theory]
    [MemberData(nameof(ModelIds))]
    public void IdAndEachAlias_FindAnEntryWithTheJsonNumbers(string modelId)
    {
        var model = Models.Single(m => m.GetProperty("model").GetString() == modelId);
        var names = model.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Prepend(modelId);
        var betaMax = model.TryGetProperty("beta_overrides", out var overrides)
            ? overrides.EnumerateArray().Max(o => o.TryGetProperty("max_output_tokens", out var max) ? max.GetInt32() : (int?)null)
            : null;

        foreach (var name in names)
        {
            var found = ModelCatalog.Find(name);
            Assert.NotNull(found);
            Assert.True(found.Id == name || found.Aliases.Contains(name), $"'{name}' found '{found.Id}', which does not list it");
            Assert.Equal(Int(model.GetProperty("max_output_tokens")), found.MaxOutputTokens);
            Assert.Equal(Int(model.GetProperty("context_window")), found.ContextWindow);
            Assert.Equal(betaMax, found.BetaMaxOutputTokens);
            Assert.StartsWith(found.Provider, model.GetProperty("provider").GetString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Catalog_HoldsEveryJsonModelAndNothingElse()
    {
        var jsonNames = Models.SelectMany(m => m.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Prepend(m.GetProperty("model").GetString()!));
        var catalogNames = ModelCatalog.All.SelectMany(m => m.Aliases.Prepend(m.Id));
        Assert.Equal(jsonNames.Order(StringComparer.Ordinal), catalogNames.Order(StringComparer.Ordinal));
    }

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
}
