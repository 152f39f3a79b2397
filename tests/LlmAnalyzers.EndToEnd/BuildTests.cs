using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace LlmAnalyzers.EndToEnd;

/// <summary>`dotnet build` of the sample app, consuming the package, reports what its // expect: markers say, on the console and in SARIF.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class BuildTests(PackageFixture package)
{
    [Fact]
    public void BuildPrintsTheMarkedWarningsAndNothingOnCorrectCode()
    {
        var consumer = package.CreateSampleConsumer("build");
        var build = consumer.Build();

        var expected = Expect.Diagnostics(consumer, build, Repository.DefaultSeverity);
        Assert.Contains(expected, d => d.Severity == "warning");
    }

    [Fact]
    public void TreatWarningsAsErrorsFailsTheBuild()
    {
        var consumer = package.CreateSampleConsumer("warnaserror");
        var build = consumer.Build("-p:TreatWarningsAsErrors=true");

        var expected = Expect.Diagnostics(consumer, build, id => Repository.DefaultSeverity(id) is "warning" ? "error" : Repository.DefaultSeverity(id));
        Assert.Contains(expected, d => d.Severity == "error");
        Assert.NotEqual(0, build.Command.ExitCode);
    }

    [Fact]
    public void ErrorLogWritesSarifWithTheResultsAndEveryRuleWithItsHelpUri()
    {
        var consumer = package.CreateSampleConsumer("sarif");
        var build = consumer.Build("-p:ErrorLog=out.sarif%2Cversion=2.1");
        Expect.Diagnostics(consumer, build, Repository.DefaultSeverity);

        using var sarif = consumer.ReadJson("out.sarif");
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("LLM", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.TryGetProperty("helpUri", out var uri) ? uri.GetString() : null);
        Assert.Equal(Repository.Rules.Select(r => r.Id), rules.Keys.OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(Repository.Rules, rule =>
        {
            Assert.Equal(RuleIdentifiers.GetHelpUri(rule.Id), rules[rule.Id]);
            Assert.EndsWith($"/docs/rules/{rule.Id}.md", rules[rule.Id]);
            Assert.True(System.IO.File.Exists(Repository.PathOf($"docs/rules/{rule.Id}.md")), $"{rules[rule.Id]} points to a page that does not exist");
        });

        // The results carry suggestions too, which the console does not print.
        var results = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("LLM", StringComparison.Ordinal) && !r.TryGetProperty("suppressions", out _))
            .Select(r => ToReported(consumer, r))
            .OrderBy(r => r.ToString(), StringComparer.Ordinal);
        var expected = consumer.Markers()
            .Select(m => new Reported(m.File, m.Line, Repository.DefaultSeverity(m.Id), m.Id))
            .Where(r => r.Severity is "suggestion" or "warning" or "error")
            .Distinct().OrderBy(r => r.ToString(), StringComparer.Ordinal);
        Assert.Equal(expected, results);
    }

    [Fact]
    public void ProjectWithoutAnLlmSdkGetsNoLlmDiagnosticsEvenWithEveryRuleOn()
    {
        var consumer = package.CreateConsumer("nosdk");
        consumer.WriteFile("nosdk.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LlmAnalyzers" />
              </ItemGroup>
            </Project>
            """);
        // Types that look like the SDK's, declared here: only the real SDK assemblies count.
        consumer.WriteFile("LookAlike.cs", """
            namespace OpenAI.Chat
            {
                public sealed class ChatCompletionOptions { public int? MaxOutputTokenCount { get; set; } }
                public sealed class ChatClient
                {
                    public string CompleteChat(string message, ChatCompletionOptions? options = null) => message;
                }

                public static class Use
                {
                    public static string Run() => new ChatClient().CompleteChat("hello");
                }
            }
            """);

        var build = consumer.Build("-p:LlmAnalysisMode=All", "-p:ErrorLog=out.sarif%2Cversion=2.1");
        Expect.Succeeded(build.Command);
        Expect.NoAnalyzerFailures(build.Command);
        Assert.True(build.Diagnostics.Count == 0, build.ToString());

        // The analyzers were loaded (their rules are in the log) and reported nothing.
        using var sarif = consumer.ReadJson("out.sarif");
        var run = sarif.RootElement.GetProperty("runs")[0];
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.All(Repository.Rules, rule => Assert.Contains(rule.Id, ruleIds));
        Assert.DoesNotContain(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString()!.StartsWith("LLM", StringComparison.Ordinal));
    }

    private static Reported ToReported(Consumer consumer, JsonElement result)
    {
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var file = consumer.Relative(new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
        var severity = result.GetProperty("level").GetString() switch
        {
            "note" => "suggestion",
            "none" => "silent",
            var level => level!,
        };
        return new Reported(file, location.GetProperty("region").GetProperty("startLine").GetInt32(), severity, result.GetProperty("ruleId").GetString()!);
    }
}
