using System;
using System.Collections.Generic;
using System.Linq;
using LlmAnalyzers.Tests.Docs;

namespace LlmAnalyzers.Tests.Meta;

/// <summary>AnalyzerReleases.Shipped.md then .Unshipped.md, replayed in order, give exactly the descriptors' IDs, categories and severities.</summary>
public sealed class ReleaseTrackingTests
{
    [Fact]
    public void ReleaseFilesAgreeWithTheDescriptors()
    {
        var tracked = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var file in new[] { "src/LlmAnalyzers/AnalyzerReleases.Shipped.md", "src/LlmAnalyzers/AnalyzerReleases.Unshipped.md" })
            Replay(file, Repository.Read(file) ?? throw new InvalidOperationException(file + " is missing"), tracked, errors);

        var actual = RuleCatalog.Descriptors.ToDictionary(d => d.Id, d => $"{d.Category} | {(d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled")}");
        errors.AddRange(actual.Where(d => !tracked.ContainsKey(d.Key)).Select(d => $"{d.Key} ({d.Value}) is not in the release files"));
        errors.AddRange(tracked.Where(t => !actual.ContainsKey(t.Key)).Select(t => $"{t.Key} is in the release files but no analyzer reports it"));
        errors.AddRange(actual.Where(d => tracked.TryGetValue(d.Key, out var t) && t != d.Value).Select(d => $"{d.Key}: descriptor says '{d.Value}', release files say '{tracked[d.Key]}'"));

        Assert.NotEmpty(tracked);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void ReplayAppliesNewChangedAndRemovedRules()
    {
        var tracked = new Dictionary<string, string>();
        var errors = new List<string>();
        Replay("x", """
            ## Release 1.0
            ### New Rules
            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            LLM0001 | Cost | Warning | a
            LLM0002 | Cost | Info | b
            ## Release 1.1
            ### Changed Rules
            Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
            --------|--------------|--------------|--------------|--------------|-------
            LLM0001 | Reliability | Error | Cost | Warning | c
            ### Removed Rules
            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            LLM0002 | Cost | Info | d
            """, tracked, errors);

        Assert.Empty(errors);
        Assert.Equal("Reliability | Error", Assert.Single(tracked).Value);
    }

    private static void Replay(string file, string text, Dictionary<string, string> tracked, List<string> errors)
    {
        var table = "";
        foreach (var line in text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
                table = line.Substring(4).Trim();
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 3 || !cells[0].StartsWith("LLM", StringComparison.Ordinal))
                continue;

            var id = cells[0];
            var state = $"{cells[1]} | {cells[2]}";
            switch (table)
            {
                case "New Rules" when tracked.ContainsKey(id):
                    errors.Add($"{file}: {id} is added twice");
                    break;
                case "New Rules":
                case "Changed Rules" when tracked.ContainsKey(id):
                    tracked[id] = state;
                    break;
                case "Removed Rules" when tracked.Remove(id):
                    break;
                default:
                    errors.Add($"{file}: {id} under '{table}' does not apply to the rules tracked so far");
                    break;
            }
        }
    }
}
