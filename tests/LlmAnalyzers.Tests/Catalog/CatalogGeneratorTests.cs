using System;
using System.IO;
using LlmAnalyzers.Tests.Docs;

namespace LlmAnalyzers.Tests.Catalog;

public sealed class CatalogGeneratorTests
{
    [Fact]
    public void GeneratedCatalog_MatchesTheCheckedInJson()
    {
        var expected = CatalogGenerator.Generate(CatalogFiles.ReadModelCaps(), CatalogFiles.ReadProviderRules());
        if (Environment.GetEnvironmentVariable(CatalogGenerator.UpdateVariable) == "1")
        {
            File.WriteAllText(Repository.PathOf(CatalogFiles.GeneratedPath), expected);
            return;
        }

        var actual = Repository.Read(CatalogFiles.GeneratedPath) ?? "";
        Assert.True(
            expected == actual,
            $"{CatalogFiles.GeneratedPath} is out of date with the JSON beside it. Regenerate it: "
            + $"{CatalogGenerator.UpdateVariable}=1 dotnet test tests/LlmAnalyzers.Tests --filter FullyQualifiedName~CatalogGeneratorTests\n"
            + TextDiff.Lines(actual, expected));
    }
}
