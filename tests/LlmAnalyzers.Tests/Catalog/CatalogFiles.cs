using System;
using System.IO;

namespace LlmAnalyzers.Tests.Catalog;

/// <summary>The catalog's checked-in data and generated source, found from the repository root.</summary>
internal static class CatalogFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "src", "LlmAnalyzers", "Catalog");

    public static string GeneratedPath { get; } = Path.Combine(Folder, "ModelCatalog.Generated.cs");

    public static string ReadModelCaps() => File.ReadAllText(Path.Combine(Folder, "model-caps.json"));

    public static string ReadProviderRules() => File.ReadAllText(Path.Combine(Folder, "provider-rules.json"));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
