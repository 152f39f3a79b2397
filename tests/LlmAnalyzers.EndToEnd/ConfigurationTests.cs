using System.Linq;

namespace LlmAnalyzers.EndToEnd;

/// <summary>.editorconfig severities and the LlmAnalysisMode presets change what the build reports; the user's .editorconfig wins over a preset.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ConfigurationTests(PackageFixture package)
{
    private const string Rule = RuleIdentifiers.MissingMaxOutputTokens;

    [Theory]
    [InlineData("none")]
    [InlineData("error")]
    public void EditorConfigSeverityTakesEffect(string severity)
    {
        var consumer = package.CreateSampleConsumer("editorconfig-" + severity);
        consumer.WriteEditorConfig($"dotnet_diagnostic.{Rule}.severity = {severity}");
        var build = consumer.Build();

        Expect.Diagnostics(consumer, build, id => id == Rule ? severity : Repository.DefaultSeverity(id));
        Assert.Equal(severity == "error", build.Diagnostics.Any(d => d.Id == Rule));
    }

    [Theory]
    [InlineData("None")]
    [InlineData("Recommended")]
    [InlineData("All")]
    public void AnalysisModeAppliesItsPreset(string mode)
    {
        var preset = package.Preset(mode);
        var consumer = package.CreateSampleConsumer("mode-" + mode);
        var build = consumer.Build("-p:LlmAnalysisMode=" + mode);

        Expect.Diagnostics(consumer, build, id => preset[id]);
        Assert.Equal(mode != "None", build.Diagnostics.Count > 0);
    }

    [Fact]
    public void EditorConfigWinsOverThePreset()
    {
        var preset = package.Preset("None");
        var consumer = package.CreateSampleConsumer("mode-none-editorconfig");
        consumer.WriteEditorConfig($"dotnet_diagnostic.{Rule}.severity = warning");
        var build = consumer.Build("-p:LlmAnalysisMode=None");

        Expect.Diagnostics(consumer, build, id => id == Rule ? "warning" : preset[id]);
        Assert.Contains(build.Diagnostics, d => d.Id == Rule);
    }

    [Fact]
    public void UnknownAnalysisModeWarns()
    {
        var consumer = package.CreateSampleConsumer("mode-unknown");
        var build = consumer.Build("-p:LlmAnalysisMode=Strict");

        Assert.Contains("LlmAnalysisMode 'Strict' is not one of", build.Command.Output);
        Expect.Diagnostics(consumer, build, Repository.DefaultSeverity);
    }
}
