using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LlmAnalyzers.Tests.Stubs;

/// <summary>Every stub assembly compiles, and every usage file compiles against its stubs with no errors.</summary>
public class StubCompilationTests
{
    // The experimental-API IDs a real user of these SDKs suppresses; the Verifier suppresses the OpenAI/MEAI ones too.
    private static readonly string[] SuppressedIds = ["OPENAI001", "OPENAI002", "SCME0001", "SCME0002", "MEAI001", "AOAI001", "SKEXP0001", "SKEXP0010", "SKEXP0070", "SKEXP0120", "CS1701", "CS1702"];

    public static TheoryData<TestSdks, string> StubFlags() => new()
    {
        { TestSdks.AzureOpenAI, "Azure.AI.OpenAI" },
        { TestSdks.SemanticKernel, "Microsoft.SemanticKernel.Abstractions" },
        { TestSdks.AzureAIInference, "Azure.AI.Inference" },
        { TestSdks.GoogleGenAI, "Google.GenAI" },
        { TestSdks.GoogleGenAIPre1, "Google.GenAI" },
        { TestSdks.AwsBedrock, "AWSSDK.BedrockRuntime" },
        { TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI" },
        { TestSdks.BetalgoOpenAI8, "OpenAI" },
        { TestSdks.OllamaSharp, "OllamaSharp" },
        { TestSdks.AnthropicSdk, "Anthropic.SDK" },
        { TestSdks.MsccGenerativeAI, "Mscc.GenerativeAI" },
        { TestSdks.OpenAI27, "OpenAI" },
    };

    /// <summary>(flag, usage file) pairs: each usage file is compiled with exactly that flag.</summary>
    public static TheoryData<TestSdks, string> UsageFiles() => new()
    {
        { TestSdks.AzureOpenAI, "Stubs/AzureOpenAI/Usage.cs.txt" },
        { TestSdks.SemanticKernel, "Stubs/SemanticKernel/Usage.cs.txt" },
        { TestSdks.AzureAIInference, "Stubs/AzureAIInference/Usage.cs.txt" },
        { TestSdks.GoogleGenAI, "Stubs/GoogleGenAI/Usage.V1.cs.txt" },
        { TestSdks.GoogleGenAIPre1, "Stubs/GoogleGenAI/Usage.V0.cs.txt" },
        { TestSdks.AwsBedrock, "Stubs/AwsBedrock/Usage.cs.txt" },
        { TestSdks.BetalgoRanulOpenAI, "Stubs/BetalgoRanulOpenAI/Usage.cs.txt" },
        { TestSdks.BetalgoOpenAI8, "Stubs/BetalgoOpenAI8/Usage.cs.txt" },
        { TestSdks.OllamaSharp, "Stubs/OllamaSharp/Usage.cs.txt" },
        { TestSdks.AnthropicSdk, "Stubs/AnthropicSdk/Usage.cs.txt" },
        { TestSdks.MsccGenerativeAI, "Stubs/MsccGenerativeAI/Usage.cs.txt" },
        { TestSdks.OpenAI27, "Stubs/OpenAI27/Usage.cs.txt" },
    };

    [Theory]
    [MemberData(nameof(StubFlags))]
    public void StubFlag_CompilesAndNamesItsAssembly(TestSdks sdk, string assemblyName)
    {
        var stubs = References.StubAssemblies(sdk);

        Assert.NotEmpty(stubs);
        var names = AssemblyNames(Compile(sdk, "class Empty { }"), stubs);
        Assert.Contains(assemblyName, names);
    }

    [Theory]
    [MemberData(nameof(UsageFiles))]
    public void UsageFile_CompilesWithoutErrors(TestSdks sdk, string path)
    {
        var source = StubFiles.Read(path);

        AssertNoErrors(Compile(sdk, source), path);
    }

    [Theory]
    [MemberData(nameof(UsageFiles))]
    public void UsageFile_MarksIncorrectCallsAndHasCorrectOnes(TestSdks sdk, string path)
    {
        _ = sdk;
        var lines = StubFiles.Read(path).Split('\n');

        Assert.Contains(lines, l => l.Contains("// expect: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("// correct", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(UsageFiles))]
    public async Task UsageFile_ThroughTheVerifier_AnalyzersDoNotThrow(TestSdks sdk, string path)
    {
        // The Verifier's compile gate, exception and AD0001 checks, with the stub SDK selected by its flag.
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(sdk).WithSource(StubFiles.Read(path)).GetDiagnosticsAsync();

        Assert.All(diagnostics, d => Assert.StartsWith("LLM", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryUsageFileIsListed()
    {
        var listed = UsageFiles().Select(row => (string)row[1]).ToHashSet();
        var embedded = StubFiles.All.Where(p => p.StartsWith("Stubs/", StringComparison.Ordinal) && p.EndsWith(".cs.txt", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(embedded);
        Assert.All(embedded, path => Assert.Contains(path, listed));
    }

    [Fact]
    public void AllCompatibleStubs_LoadTogether_WithEveryCompatibleUsageFile()
    {
        var compatible = UsageFiles()
            .Select(row => ((TestSdks)row[0], (string)row[1]))
            .Where(x => (TestSdks.CompatibleStubs & x.Item1) != 0)
            .ToList();
        var trees = compatible.Select(x => CSharpSyntaxTree.ParseText(StubFiles.Read(x.Item2), path: x.Item2)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText("""
            // The real Anthropic and the Anthropic.SDK stub side by side.
            namespace Coexistence
            {
                class Both
                {
                    Anthropic.AnthropicClient? Official;
                    Anthropic.SDK.AnthropicClient? Community;
                }
            }
            """, path: "Coexistence.cs"));

        var compilation = CSharpCompilation.Create("AllStubs", trees, References.For(TestSdks.AllCompatible), Options);

        AssertNoErrors(compilation, "all compatible usage files");
    }

    [Theory]
    [InlineData(TestSdks.OpenAI | TestSdks.OpenAI27)]
    [InlineData(TestSdks.OpenAI | TestSdks.BetalgoOpenAI8)]
    [InlineData(TestSdks.SemanticKernel | TestSdks.OpenAI27)]
    [InlineData(TestSdks.AzureOpenAI | TestSdks.BetalgoOpenAI8)]
    [InlineData(TestSdks.OpenAI27 | TestSdks.BetalgoOpenAI8)]
    [InlineData(TestSdks.GoogleGenAI | TestSdks.GoogleGenAIPre1)]
    public void ClashingAssemblyNames_Throw(TestSdks sdks)
    {
        var exception = Assert.Throws<ArgumentException>(() => References.For(sdks));

        Assert.Contains("use one", exception.Message);
    }

    [Theory]
    [InlineData(TestSdks.OpenAI27, "2.7.0.0")]
    [InlineData(TestSdks.BetalgoOpenAI8, "8.7.2.0")]
    public void OpenAINamedStubs_ReplaceTheRealOpenAI(TestSdks sdk, string version)
    {
        var compilation = Compile(sdk, "class Empty { }");
        var openAI = compilation.References
            .Select(compilation.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Where(a => a.Identity.Name == "OpenAI")
            .ToList();

        var single = Assert.Single(openAI);
        Assert.Equal(new Version(version), single.Identity.Version);
    }

    internal static CSharpCompilationOptions Options { get; } =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(SuppressedIds.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress)));

    internal static CSharpCompilation Compile(TestSdks sdks, string source) =>
        CSharpCompilation.Create("StubProbe", [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))], References.For(sdks), Options);

    internal static void AssertNoErrors(Compilation compilation, string what)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{what} has compile errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    private static List<string> AssemblyNames(Compilation compilation, IEnumerable<MetadataReference> references) =>
        references.Select(compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>().Select(a => a.Identity.Name).ToList();
}
