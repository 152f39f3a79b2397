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
        consumer.WriteEditorConfig($"{LlmOptions.DefaultMaxOutputTokens.Key} = 777");
        var before = consumer.ReadSources();
        var fixable = consumer.Markers().Count(m => Repository.FixableIds.Contains(m.Id) && Repository.DefaultSeverity(m.Id) != "none");

        // Every rule that has a code fix is asked for, so new fixers are covered without editing this list.
        var format = consumer.Run(["format", "analyzers", "--diagnostics", .. Repository.FixableIds, "--severity", "info", "-v", "n"]);
        Expect.Succeeded(format);

        var after = consumer.ReadSources();
        var changed = after.Keys.Where(file => after[file] != before[file]).ToList();
        Assert.True(changed.Count > 0, "dotnet format changed no file.\n" + format);
        var inserted = changed.Sum(file => Regex.Count(after[file], @"\bMax\w*Tokens\w*\s*=\s*777\b") - Regex.Count(before[file], @"\bMax\w*Tokens\w*\s*=\s*777\b"));
        Assert.True(inserted > 0, "No fix inserted the configured limit 777.\n" + format);
        Assert.All(changed, file => Assert.Equal(Regex.Count(before[file], $@"\b{LlmOptions.DefaultMaxOutputTokensValue}\b"), Regex.Count(after[file], $@"\b{LlmOptions.DefaultMaxOutputTokensValue}\b")));

        var build = consumer.Build();
        Expect.Succeeded(build.Command);
        Expect.NoAnalyzerFailures(build.Command);
        var remaining = build.Diagnostics.Count(d => Repository.FixableIds.Contains(d.Id));
        Assert.True(remaining < fixable, $"{fixable} fixable diagnostics before dotnet format, {remaining} after.\n{format}\n{build}");
    }
}
