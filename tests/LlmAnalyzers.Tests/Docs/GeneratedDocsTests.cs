using System;
using System.IO;
using System.Linq;
using Xunit.Sdk;

namespace LlmAnalyzers.Tests.Docs;

/// <summary>
/// The generated parts of the docs, the README table and the presets match the code. With LLM_UPDATE_DOCS=1 the test
/// rewrites them instead (see <see cref="DocsGenerator.UpdateCommand"/>).
/// </summary>
public sealed class GeneratedDocsTests
{
    private static bool Update => Environment.GetEnvironmentVariable("LLM_UPDATE_DOCS") == "1";

    public static TheoryData<string> Files() => new(DocsGenerator.Generate().Select(f => f.Path));

    [Theory]
    [MemberData(nameof(Files))]
    public void IsUpToDate(string path)
    {
        var file = DocsGenerator.Generate().Single(f => f.Path == path);
        if (file.IsUpToDate)
            return;

        if (Update && (file.Problem is null || file.Current is null))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Repository.PathOf(path))!);
            File.WriteAllText(Repository.PathOf(path), file.Expected);
            return;
        }

        throw new XunitException(file.Problem
            ?? $"{path} is out of date with the code. Run `{DocsGenerator.UpdateCommand}` to rewrite it. Diff (- on disk, + generated):\n"
            + TextDiff.Lines(file.Current ?? "", file.Expected));
    }

    [Fact]
    public void EveryRuleAndPresetIsGenerated()
    {
        var paths = DocsGenerator.Generate().Select(f => f.Path).ToArray();
        Assert.NotEmpty(RuleCatalog.Rules);
        Assert.All(RuleCatalog.Rules, rule => Assert.Contains(rule.PagePath, paths));
        Assert.Contains("README.md", paths);
        Assert.Contains("docs/configuration.md", paths);
        Assert.Equal(Presets.Modes.Length, paths.Count(p => p.EndsWith(".globalconfig", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReplaceBlockKeepsTheTextAroundTheMarkers()
    {
        Assert.Equal("a\n<!-- x -->\nnew\n<!-- /x -->\nb\n", DocsGenerator.ReplaceBlock("a\n<!-- x -->\nold\n<!-- /x -->\nb\n", "x", "new\n"));
        Assert.Null(DocsGenerator.ReplaceBlock("a\n<!-- x -->\nold\n", "x", "new\n"));
    }

    [Fact]
    public void DiffShowsRemovedAndAddedLines()
    {
        var diff = TextDiff.Lines("a\nb\nc\n", "a\nB\nc\n");
        Assert.Contains("- b", diff);
        Assert.Contains("+ B", diff);
    }
}
