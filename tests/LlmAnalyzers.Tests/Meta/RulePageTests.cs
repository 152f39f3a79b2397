using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LlmAnalyzers.Tests.Docs;
using Xunit.Sdk;

namespace LlmAnalyzers.Tests.Meta;

/// <summary>Each rule page has the hand-written sections, documents its options and its code fix (or why it has none).</summary>
public sealed class RulePageTests
{
    public static TheoryData<string> RuleIds() => new(RuleCatalog.Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PageIsComplete(string id)
    {
        var rule = RuleCatalog.Rules.Single(r => r.Id == id);
        var page = Repository.Read(rule.PagePath)
            ?? throw new XunitException($"{rule.PagePath} does not exist. Run `{DocsGenerator.UpdateCommand}` to create it, then write its sections.");
        var text = DocsGenerator.HandWritten(page);
        var problems = new List<string>();

        var sections = text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.Substring(3).Trim()).ToList();
        var missing = DocsGenerator.RequiredSections.Where(s => !sections.Contains(s)).ToArray();
        if (missing.Length > 0)
            problems.Add($"missing sections: {string.Join(", ", missing.Select(s => $"'## {s}'"))}");
        else if (!DocsGenerator.RequiredSections.SequenceEqual(sections.Where(DocsGenerator.RequiredSections.Contains)))
            problems.Add($"sections must come in this order: {string.Join(", ", DocsGenerator.RequiredSections)}");

        foreach (var section in sections.Where(s => Section(text, s).Contains("TODO", StringComparison.Ordinal)))
            problems.Add($"section '## {section}' still has a TODO placeholder");
        if (text.Split("\n## ")[0].Contains("TODO", StringComparison.Ordinal))
            problems.Add("the text before the first section still has a TODO placeholder");

        var codeFix = Section(text, "Code fix");
        var saysNoFix = codeFix.TrimStart().StartsWith(DocsGenerator.NoCodeFixPrefix, StringComparison.Ordinal);
        if (!rule.HasCodeFix && !saysNoFix)
            problems.Add($"the rule has no code fix: its '## Code fix' section must start with '{DocsGenerator.NoCodeFixPrefix} <the reason>'");
        if (rule.HasCodeFix && saysNoFix)
            problems.Add($"the rule has a code fix but its page says '{DocsGenerator.NoCodeFixPrefix}'");

        foreach (var option in rule.Options.Where(o => !text.Contains(o.Key, StringComparison.Ordinal)))
            problems.Add($"option {option.Key} is not described outside the generated header");

        if (!text.Contains($"dotnet_diagnostic.{id}.severity", StringComparison.Ordinal))
            problems.Add($"does not show how to change the severity (dotnet_diagnostic.{id}.severity)");

        Assert.True(problems.Count == 0, $"{rule.PagePath}:\n- {string.Join("\n- ", problems)}");
    }

    [Fact]
    public void EveryPageBelongsToARule()
    {
        var pages = Directory.GetFiles(Repository.PathOf("docs/rules"), "*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.Empty(pages.Except(RuleCatalog.Rules.Select(r => r.Id)));
    }

    private static string Section(string text, string name)
    {
        var start = text.IndexOf($"\n## {name}\n", StringComparison.Ordinal);
        if (start < 0)
            return "";
        start += name.Length + 5;
        var end = text.IndexOf("\n## ", start, StringComparison.Ordinal);
        return end < 0 ? text.Substring(start) : text.Substring(start, end - start);
    }
}
