using System;
using System.IO;
using System.Text;

namespace LlmAnalyzers.Tests.Catalog;

public sealed class CatalogGeneratorTests
{
    [Fact]
    public void GeneratedCatalog_MatchesTheCheckedInJson()
    {
        var expected = CatalogGenerator.Generate(CatalogFiles.ReadModelCaps(), CatalogFiles.ReadProviderRules());
        var path = CatalogFiles.GeneratedPath;
        if (Environment.GetEnvironmentVariable(CatalogGenerator.UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "";
        Assert.True(
            expected == actual,
            $"{Path.GetFileName(path)} is out of date with the JSON beside it. Regenerate it: {CatalogGenerator.UpdateVariable}=1 dotnet test tests/LlmAnalyzers.Tests --filter FullyQualifiedName~CatalogGeneratorTests\n"
            + Diff(actual, expected));
    }

    // Line diff (longest common subsequence): "-" lines are in the file, "+" lines are what the generator writes.
    private static string Diff(string actual, string expected)
    {
        var a = actual.Split('\n');
        var b = expected.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        }

        var diff = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                diff.Append($"-{x + 1}: ").AppendLine(a[x++]);
            }
            else
            {
                diff.Append($"+{y + 1}: ").AppendLine(b[y++]);
            }
        }

        return diff.ToString();
    }
}
