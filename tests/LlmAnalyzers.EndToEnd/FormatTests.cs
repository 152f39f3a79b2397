using System.Linq;
using System.Text.RegularExpressions;
using LlmAnalyzers.Configuration;

namespace LlmAnalyzers.EndToEnd;

/// <summary>`dotnet format analyzers` applies the package's code fixes with the configured options, and the result still builds.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class FormatTests(PackageFixture package)
{
    [Fact]
    public void FormatAppliesTheFixesWithTheConfiguredLimitAndTheProjectStillBuilds()
    {
        Assert.Contains(RuleIdentifiers.MissingMaxOutputTokens, Repository.FixableIds);
        var consumer = package.CreateSampleConsumer("format");
        // Distinct values, so each inserted number shows which option it came from.
        consumer.WriteEditorConfig($"{LlmOptions.DefaultMaxOutputTokens.Key} = 777", $"{LlmOptions.MinReasoningOutputTokens.Key} = 2048");
        var before = consumer.ReadSources();
        var marked = consumer.Markers().Where(m => Repository.FixableIds.Contains(m.Id) && Repository.DefaultSeverity(m.Id) is "warning" or "error")
            .GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.Count());

        // Every rule that has a code fix is asked for, so new fixers are covered without editing this list.
        var format = consumer.Run(["format", "analyzers", "--diagnostics", .. Repository.FixableIds, "--severity", "info", "-v", "n"]);
        Expect.Succeeded(format);

        var after = consumer.ReadSources();
        var changed = after.Keys.Where(file => after[file] != before[file]).ToList();
        Assert.True(changed.Count > 0, "dotnet format changed no file.\n" + format);
        var inserted = changed.Sum(file => Regex.Count(after[file], @"\bMax\w*Tokens\w*\s*=\s*777\b") - Regex.Count(before[file], @"\bMax\w*Tokens\w*\s*=\s*777\b"));
        Assert.True(inserted > 0, "No fix inserted the configured limit 777.\n" + format + "\n" + string.Join("\n", changed.Select(f => "----- " + f + "\n" + after[f])));
        Assert.All(changed, file => Assert.Equal(Regex.Count(before[file], $@"\b{LlmOptions.DefaultMaxOutputTokensValue}\b"), Regex.Count(after[file], $@"\b{LlmOptions.DefaultMaxOutputTokensValue}\b")));

        var build = consumer.Build();
        Expect.Succeeded(build.Command);
        Expect.NoAnalyzerFailures(build.Command);
        // Each rule's own fix ran: when two fixers claim an ID, dotnet format applies only one of them.
        Assert.NotEmpty(marked);
        var unfixed = marked.Where(m => build.Diagnostics.Count(d => d.Id == m.Key) >= m.Value)
            .Select(m => $"{m.Key}: {m.Value} marked before dotnet format, {build.Diagnostics.Count(d => d.Id == m.Key)} after").ToList();
        Assert.True(unfixed.Count == 0, $"dotnet format fixed none of these:\n{string.Join("\n", unfixed)}\n{format}\n{build}");
    }
}
