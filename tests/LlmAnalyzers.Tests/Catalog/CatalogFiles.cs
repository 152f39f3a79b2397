using LlmAnalyzers.Tests.Docs;

namespace LlmAnalyzers.Tests.Catalog;

/// <summary>The catalog's checked-in data and generated source.</summary>
internal static class CatalogFiles
{
    public const string GeneratedPath = "src/LlmAnalyzers/Catalog/ModelCatalog.Generated.cs";

    public static string ReadModelCaps() => Repository.Read("src/LlmAnalyzers/Catalog/model-caps.json")!;

    public static string ReadProviderRules() => Repository.Read("src/LlmAnalyzers/Catalog/provider-rules.json")!;
}
