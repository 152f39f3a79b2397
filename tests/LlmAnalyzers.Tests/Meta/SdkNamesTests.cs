using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LlmAnalyzers.Sdks;
using LlmAnalyzers.Tests.Docs;

namespace LlmAnalyzers.Tests.Meta;

/// <summary>Rules and the flow analysis ask the SDK model; only descriptors name SDK types.</summary>
public sealed class SdkNamesTests
{
    [Fact]
    public void RulesAndFlowNameNoSdkType()
    {
        var names = SdkTypeNames().ToHashSet();
        Assert.NotEmpty(names);
        var offenders = new List<string>();
        foreach (var folder in new[] { "src/LlmAnalyzers/Rules", "src/LlmAnalyzers/Flow" })
        {
            foreach (var file in Directory.GetFiles(Repository.PathOf(folder), "*.cs"))
            {
                var text = File.ReadAllText(file);
                foreach (var name in names.Where(n => Regex.IsMatch(text, $@"(?<![\w.]){Regex.Escape(n)}(?![\w])")))
                    offenders.Add($"{Path.GetRelativePath(Repository.Root, file)}: {name}");
            }
        }

        Assert.True(offenders.Count == 0, "SDK types named outside src/LlmAnalyzers/Sdks:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void TheCheckRecognizesAnSdkName()
        => Assert.Contains("ChatCompletionOptions", SdkTypeNames());

    /// <summary>Full metadata names, and simple names distinctive enough not to be ordinary words (eight letters or more).</summary>
    private static IEnumerable<string> SdkTypeNames()
    {
        foreach (var sdk in KnownSdks.All)
        {
            var types = sdk.Requests.SelectMany(r => new[] { r.ClientType, r.OptionsType })
                .Concat(sdk.Responses.Select(r => r.Type))
                .Concat(sdk.Streams.Select(s => s.UpdateType))
                .Concat(sdk.ClientFactories.Select(f => f.ContainingType))
                .Concat(sdk.Aggregators.Select(a => a.ContainingType))
                .Concat(sdk.Responses.SelectMany(r => r.Guards).Concat(sdk.Streams.SelectMany(s => s.Guards)).Select(g => g.ValueType).OfType<string>());
            foreach (var type in types)
            {
                var name = type.Split('`')[0];
                yield return name;
                var simple = name.Substring(name.LastIndexOf('.') + 1);
                if (simple.Length >= 8)
                    yield return simple;
            }

            // Result wrappers have plain-word names (Azure's Response<T>): only their full names count.
            foreach (var wrapper in sdk.Wrappers)
                yield return wrapper.Type.Split('`')[0];
        }
    }
}
