using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using LlmAnalyzers.Sdks;
using LlmAnalyzers.Tests.Docs;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>
/// Every ✔ of docs/sdk-support.md is backed: a line of that SDK's usage files is marked with the rule (the usage-file
/// test proves it is reported there), and the files hold correct code (the same test proves nothing is reported on it).
/// </summary>
public sealed class SdkSupportTests
{
    /// <summary>The SDK (descriptor name) each usage file shows.</summary>
    private static readonly Dictionary<string, string> SdkOfFile = new()
    {
        ["Sdks/Usage/OpenAI.cs.txt"] = "OpenAI",
        ["Sdks/Usage/Anthropic.cs.txt"] = "Anthropic",
        ["Sdks/Usage/ExtensionsAI.cs.txt"] = "Microsoft.Extensions.AI",
        ["Stubs/AzureOpenAI/Usage.cs.txt"] = "Azure.AI.OpenAI",
        ["Stubs/AzureAIInference/Usage.cs.txt"] = "Azure.AI.Inference",
        ["Stubs/OpenAI27/Usage.cs.txt"] = "OpenAI (before 2.8)",
        ["Stubs/BetalgoRanulOpenAI/Usage.cs.txt"] = "Betalgo.Ranul.OpenAI",
        ["Stubs/BetalgoOpenAI8/Usage.cs.txt"] = "Betalgo.OpenAI",
        ["Stubs/GoogleGenAI/Usage.V1.cs.txt"] = "Google.GenAI",
        ["Stubs/GoogleGenAI/Usage.V0.cs.txt"] = "Google.GenAI",
        ["Stubs/MsccGenerativeAI/Usage.cs.txt"] = "Mscc.GenerativeAI",
        ["Stubs/AwsBedrock/Usage.cs.txt"] = "AWSSDK.BedrockRuntime",
        ["Stubs/SemanticKernel/Usage.cs.txt"] = "Semantic Kernel",
        ["Stubs/OllamaSharp/Usage.cs.txt"] = "OllamaSharp",
        ["Stubs/AnthropicSdk/Usage.cs.txt"] = "Anthropic.SDK",
    };

    private static readonly Regex Marker = new(@"//\s*expect:\s*(?<ids>LLM\d{4}(\s*,\s*LLM\d{4})*)", RegexOptions.Compiled);

    [Fact]
    public void EveryUsageFileIsTestedAndNamesAnSdk()
    {
        var tested = UsageFileTests.Files().Select(row => (string)row[1]).ToHashSet();
        Assert.Equal(tested.OrderBy(p => p), SdkOfFile.Keys.OrderBy(p => p));
        Assert.All(SdkOfFile.Values, name => Assert.Contains(KnownSdks.All, sdk => sdk.Name == name));
    }

    [Fact]
    public void EveryCheckedCellHasAMarkedLineAndEveryFileHasCorrectCode()
    {
        var rules = RuleCatalog.Rules.Select(r => r.Id).ToList();
        var missing = new List<string>();
        foreach (var sdk in KnownSdks.All)
        {
            var files = SdkOfFile.Where(f => f.Value == sdk.Name).Select(f => StubFiles.Read(f.Key)).ToList();
            if (files.Count == 0)
            {
                missing.Add($"{sdk.Name}: no usage file (add one and a row in {nameof(UsageFileTests)} and here)");
                continue;
            }

            var marked = files.SelectMany(text => Marker.Matches(text).Cast<Match>())
                .SelectMany(m => m.Groups["ids"].Value.Split(',').Select(id => id.Trim()))
                .ToHashSet();
            missing.AddRange(rules.Where(id => SdkSupport.NotApplicable(sdk, id) is null && !marked.Contains(id)).Select(id => $"{sdk.Name}: {id} is ✔ but no usage line is marked with it"));
            if (!files.All(text => text.Contains("// correct")))
                missing.Add($"{sdk.Name}: a usage file has no code marked // correct");
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
