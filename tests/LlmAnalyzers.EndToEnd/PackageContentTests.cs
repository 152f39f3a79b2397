using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LlmAnalyzers.EndToEnd;

/// <summary>The .nupkg holds the analyzers, props, presets and README, and nothing else; its nuspec marks it a development dependency.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageContentTests(PackageFixture package)
{
    private static readonly string[] Modes = ["None", "Recommended", "All"];

    [Fact]
    public void HasExactlyTheExpectedFiles()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var files = zip.Entries.Select(e => e.FullName)
            .Where(name => name is not ("[Content_Types].xml" or "_rels/.rels") && !Regex.IsMatch(name, @"^package/services/metadata/core-properties/\w+\.psmdcp$"))
            .OrderBy(name => name, StringComparer.Ordinal);
        string[] expected =
        [
            "LlmAnalyzers.nuspec",
            "README.md",
            "analyzers/dotnet/cs/LlmAnalyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/LlmAnalyzers.dll",
            "build/LlmAnalyzers.props",
            "buildTransitive/LlmAnalyzers.props",
            .. Modes.Select(mode => $"configuration/{mode.ToLowerInvariant()}.globalconfig"),
        ];

        Assert.Equal(expected.OrderBy(name => name, StringComparer.Ordinal), files);
    }

    [Fact]
    public void ReadmeAndPresetsAreTheRepositoryFiles()
    {
        Assert.Equal(File.ReadAllText(Repository.PathOf("README.md")), package.ReadPackageFile("README.md"));
        foreach (var mode in Modes)
        {
            var path = $"configuration/{mode.ToLowerInvariant()}.globalconfig";
            Assert.Equal(File.ReadAllText(Repository.PathOf("src/LlmAnalyzers.Package/" + path)), package.ReadPackageFile(path));
        }
    }

    [Fact]
    public void NuspecDescribesADevelopmentDependencyWithoutDependencies()
    {
        var metadata = XDocument.Parse(package.ReadPackageFile("LlmAnalyzers.nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        var repositoryUrl = XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;

        Assert.Equal("LlmAnalyzers", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName is "dependency" or "frameworkReference");
        Assert.Equal("README.md", Value("readme"));
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal(repositoryUrl, Value("projectUrl"));
        Assert.Superset(new[] { "roslyn", "analyzers", "llm" }.ToHashSet(), Value("tags")!.Split(' ').ToHashSet());
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
    }

    [Theory]
    [InlineData("None")]
    [InlineData("Recommended")]
    [InlineData("All")]
    public void PresetIsALowLevelGlobalConfigListingEveryRule(string mode)
    {
        var text = package.ReadPackageFile($"configuration/{mode.ToLowerInvariant()}.globalconfig");
        Assert.Matches(@"(?m)^is_global = true$", text);
        Assert.Matches(@"(?m)^global_level = -\d+$", text);
        Assert.Equal(Repository.Rules.Select(r => r.Id), package.Preset(mode).Keys.OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(package.Preset(mode).Values, severity => Assert.Contains(severity, new[] { "none", "silent", "suggestion", "warning", "error" }));
    }
}
