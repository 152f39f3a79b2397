using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LlmAnalyzers.Tests.Verification;

[Flags]
public enum TestSdks
{
    None = 0,
    OpenAI = 1,
    Anthropic = 2,
    ExtensionsAI = 4,
    All = OpenAI | Anthropic | ExtensionsAI,

    // Stub SDKs compiled from tests/LlmAnalyzers.Tests/Stubs/<Folder>; each brings its own dependencies.

    /// <summary>Azure.AI.OpenAI 2.x stub; brings the real OpenAI and Azure.Core.</summary>
    AzureOpenAI = 1 << 3,
    /// <summary>Semantic Kernel 1.80 stubs (Abstractions, Core, every connector of sdk-surface.md §d); brings OpenAI, MEAI, Azure.Core and the AzureOpenAI stub.</summary>
    SemanticKernel = 1 << 4,
    /// <summary>Azure.AI.Inference 1.0.0-beta stub; brings Azure.Core.</summary>
    AzureAIInference = 1 << 5,
    /// <summary>Google.GenAI ≥ 1.0 (FinishReason is a readonly record struct).</summary>
    GoogleGenAI = 1 << 6,
    /// <summary>Google.GenAI &lt; 1.0 (FinishReason is an enum); same assembly name, so it excludes <see cref="GoogleGenAI"/>.</summary>
    GoogleGenAIPre1 = 1 << 7,
    /// <summary>AWSSDK.BedrockRuntime v4 plus a stub AWSSDK.Core.</summary>
    AwsBedrock = 1 << 8,
    /// <summary>Betalgo.Ranul.OpenAI 9.x.</summary>
    BetalgoRanulOpenAI = 1 << 9,
    /// <summary>Betalgo.OpenAI 8.x: its assembly is named <c>OpenAI</c>, so it excludes the real OpenAI (and what brings it).</summary>
    BetalgoOpenAI8 = 1 << 10,
    /// <summary>OllamaSharp 5.x; brings MEAI.</summary>
    OllamaSharp = 1 << 11,
    /// <summary>Anthropic.SDK 5.x (tghamm); brings MEAI. Coexists with the real Anthropic.</summary>
    AnthropicSdk = 1 << 12,
    /// <summary>Mscc.GenerativeAI 3.x.</summary>
    MsccGenerativeAI = 1 << 13,
    /// <summary>OpenAI 2.7 (before the 2.8 Responses renames): assembly <c>OpenAI</c>, so it excludes the real OpenAI (and what brings it).</summary>
    OpenAI27 = 1 << 14,

    /// <summary>Every stub that can share one compilation with the real SDKs.</summary>
    CompatibleStubs = AzureOpenAI | SemanticKernel | AzureAIInference | GoogleGenAI | AwsBedrock | BetalgoRanulOpenAI | OllamaSharp | AnthropicSdk | MsccGenerativeAI,
    /// <summary>The real SDKs plus <see cref="CompatibleStubs"/>.</summary>
    AllCompatible = All | CompatibleStubs,
}

/// <summary>Offline metadata references: the running shared framework, the real SDKs, and compiled stubs.</summary>
public static class References
{
    private static readonly string FrameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), FrameworkDirectory, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .Select(FromFile)
            .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyOpenAI = new(() => SdkReferences(
        typeof(OpenAI.Chat.ChatClient).Assembly, typeof(System.ClientModel.ClientResult).Assembly));

    // Anthropic's IChatClient adapter lives in its own assembly, so Microsoft.Extensions.AI.Abstractions goes with it.
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAnthropic = new(() => SdkReferences(
        typeof(Anthropic.AnthropicClient).Assembly, typeof(Microsoft.Extensions.AI.IChatClient).Assembly));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyExtensionsAI = new(() => SdkReferences(
        typeof(Microsoft.Extensions.AI.IChatClient).Assembly));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyClientModel = new(() => SdkReferences(
        typeof(System.ClientModel.ClientResult).Assembly));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAzureCore = new(() => SdkReferences(
        typeof(Azure.Response).Assembly));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyLogging = new(() => SdkReferences(
        typeof(Microsoft.Extensions.Logging.ILogger).Assembly));

    private static readonly ConcurrentDictionary<string, MetadataReference> FileReferences = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<(string AssemblyName, string Source), Lazy<MetadataReference>> Stubs = new();
    private static readonly ConcurrentDictionary<MetadataReference, bool> CompiledStubs = new();

    // Stub assemblies: each value is the stub plus its dependency closure (stubs and real packages).
    private static readonly Lazy<ImmutableArray<MetadataReference>> AzureOpenAIStub =
        Stub("Azure.AI.OpenAI", ["AzureOpenAI"], () => LazyOpenAI.Value, () => LazyAzureCore.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> AzureAIInferenceStub =
        Stub("Azure.AI.Inference", ["AzureAIInference"], () => LazyAzureCore.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> SkAbstractions =
        Stub("Microsoft.SemanticKernel.Abstractions", ["SemanticKernel/Abstractions"], () => LazyExtensionsAI.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> SkOpenAI =
        Stub("Microsoft.SemanticKernel.Connectors.OpenAI", ["SemanticKernel/Connectors.OpenAI"], () => SkAbstractions.Value, () => LazyOpenAI.Value, () => LazyLogging.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> SemanticKernelStubs = new(() => Concat(
        Stub("Microsoft.SemanticKernel.Core", ["SemanticKernel/Core"], () => SkAbstractions.Value).Value,
        SkOpenAI.Value,
        Stub("Microsoft.SemanticKernel.Connectors.AzureOpenAI", ["SemanticKernel/Connectors.AzureOpenAI"],
            () => SkOpenAI.Value, () => AzureOpenAIStub.Value, () => LazyLogging.Value).Value,
        Stub("Microsoft.SemanticKernel.Connectors.Google", ["SemanticKernel/Connectors.Google"], () => SkAbstractions.Value, () => LazyLogging.Value).Value,
        Stub("Microsoft.SemanticKernel.Connectors.MistralAI", ["SemanticKernel/Connectors.MistralAI"], () => SkAbstractions.Value).Value,
        Stub("Microsoft.SemanticKernel.Connectors.Ollama", ["SemanticKernel/Connectors.Ollama"], () => SkAbstractions.Value).Value,
        Stub("Microsoft.SemanticKernel.Connectors.AzureAIInference", ["SemanticKernel/Connectors.AzureAIInference"], () => SkAbstractions.Value).Value,
        Stub("Microsoft.SemanticKernel.Connectors.HuggingFace", ["SemanticKernel/Connectors.HuggingFace"], () => SkAbstractions.Value).Value,
        Stub("Microsoft.SemanticKernel.Connectors.Onnx", ["SemanticKernel/Connectors.Onnx"], () => SkAbstractions.Value).Value,
        Stub("Microsoft.SemanticKernel.Connectors.Amazon", ["SemanticKernel/Connectors.Amazon"], () => SkAbstractions.Value).Value));

    private static readonly Lazy<ImmutableArray<MetadataReference>> GoogleAuthStub =
        Stub("Google.Apis.Auth", ["GoogleGenAI/Google.Apis.Auth"]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> GoogleGenAIStub =
        Stub("Google.GenAI", ["GoogleGenAI/Common", "GoogleGenAI/V1"], () => GoogleAuthStub.Value, () => LazyExtensionsAI.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> GoogleGenAIPre1Stub =
        Stub("Google.GenAI", ["GoogleGenAI/Common", "GoogleGenAI/V0"], () => GoogleAuthStub.Value, () => LazyExtensionsAI.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> AwsCoreStub =
        Stub("AWSSDK.Core", ["AwsBedrock/AWSSDK.Core"]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> AwsBedrockStub =
        Stub("AWSSDK.BedrockRuntime", ["AwsBedrock/AWSSDK.BedrockRuntime"], () => AwsCoreStub.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> BetalgoRanulStub =
        Stub("Betalgo.Ranul.OpenAI", ["BetalgoRanulOpenAI"]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> BetalgoOpenAI8Stub =
        Stub("OpenAI", ["BetalgoOpenAI8"]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> OllamaSharpStub =
        Stub("OllamaSharp", ["OllamaSharp"], () => LazyExtensionsAI.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> AnthropicSdkStub =
        Stub("Anthropic.SDK", ["AnthropicSdk"], () => LazyExtensionsAI.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> MsccStub =
        Stub("Mscc.GenerativeAI", ["MsccGenerativeAI"], () => LazyLogging.Value);

    private static readonly Lazy<ImmutableArray<MetadataReference>> OpenAI27Stub =
        Stub("OpenAI", ["OpenAI27"], () => LazyClientModel.Value);

    private static readonly (TestSdks Flag, Lazy<ImmutableArray<MetadataReference>> References)[] StubFlags =
    [
        (TestSdks.AzureOpenAI, AzureOpenAIStub),
        (TestSdks.SemanticKernel, SemanticKernelStubs),
        (TestSdks.AzureAIInference, AzureAIInferenceStub),
        (TestSdks.GoogleGenAI, GoogleGenAIStub),
        (TestSdks.GoogleGenAIPre1, GoogleGenAIPre1Stub),
        (TestSdks.AwsBedrock, AwsBedrockStub),
        (TestSdks.BetalgoRanulOpenAI, BetalgoRanulStub),
        (TestSdks.BetalgoOpenAI8, BetalgoOpenAI8Stub),
        (TestSdks.OllamaSharp, OllamaSharpStub),
        (TestSdks.AnthropicSdk, AnthropicSdkStub),
        (TestSdks.MsccGenerativeAI, MsccStub),
        (TestSdks.OpenAI27, OpenAI27Stub),
    ];

    // Flags whose references contain an assembly named "OpenAI": at most one of these groups per compilation.
    private static readonly (string Name, TestSdks Flags)[] OpenAIAssemblyOwners =
    [
        ("the real OpenAI (OpenAI, AzureOpenAI, SemanticKernel)", TestSdks.OpenAI | TestSdks.AzureOpenAI | TestSdks.SemanticKernel),
        ("OpenAI27", TestSdks.OpenAI27),
        ("BetalgoOpenAI8", TestSdks.BetalgoOpenAI8),
    ];

    /// <summary>Every assembly of the shared framework the tests run on.</summary>
    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    /// <summary>The framework plus the selected SDKs and their package dependencies.</summary>
    /// <remarks>
    /// Stub flags add their stub assemblies and everything those reference (e.g. <see cref="TestSdks.SemanticKernel"/> adds the
    /// real OpenAI and MEAI). Combinations that would put two assemblies of the same name in one compilation throw.
    /// </remarks>
    public static ImmutableArray<MetadataReference> For(TestSdks sdks)
    {
        CheckCombination(sdks);
        var result = Framework.ToBuilder();
        if (sdks.HasFlag(TestSdks.OpenAI)) result.AddRange(LazyOpenAI.Value);
        if (sdks.HasFlag(TestSdks.Anthropic)) result.AddRange(LazyAnthropic.Value);
        if (sdks.HasFlag(TestSdks.ExtensionsAI)) result.AddRange(LazyExtensionsAI.Value);
        foreach (var (flag, references) in StubFlags)
        {
            if ((sdks & flag) != 0)
                result.AddRange(references.Value);
        }

        return result.Distinct().ToImmutableArray();
    }

    /// <summary>The in-memory stub assemblies among <see cref="For"/>(<paramref name="sdks"/>), stub dependencies included (e.g. AWSSDK.Core).</summary>
    public static ImmutableArray<MetadataReference> StubAssemblies(TestSdks sdks) =>
        For(sdks).Where(CompiledStubs.ContainsKey).ToImmutableArray();

    /// <summary>Compiles <paramref name="source"/> into an in-memory assembly named <paramref name="assemblyName"/>; cached per (name, source).</summary>
    public static MetadataReference CompileStub(string assemblyName, string source, params MetadataReference[] extraRefs) =>
        CompileStub(assemblyName, [source], extraRefs);

    /// <summary>Compiles several source files into one in-memory assembly; cached per (name, sources).</summary>
    public static MetadataReference CompileStub(string assemblyName, IReadOnlyList<string> sources, params MetadataReference[] extraRefs) =>
        Stubs.GetOrAdd((assemblyName, string.Join("\n//\0\n", sources)), _ => new Lazy<MetadataReference>(() => Emit(assemblyName, sources, extraRefs))).Value;

    private static void CheckCombination(TestSdks sdks)
    {
        var owners = OpenAIAssemblyOwners.Where(o => (sdks & o.Flags) != 0).Select(o => o.Name).ToList();
        if (owners.Count > 1)
            throw new ArgumentException($"TestSdks {sdks}: {string.Join(" and ", owners)} each bring an assembly named 'OpenAI'; use one of them per test.", nameof(sdks));
        if (sdks.HasFlag(TestSdks.GoogleGenAI | TestSdks.GoogleGenAIPre1))
            throw new ArgumentException($"TestSdks {sdks}: GoogleGenAI and GoogleGenAIPre1 are two versions of the assembly 'Google.GenAI'; use one per test.", nameof(sdks));
    }

    // Stub: compiles the .cs files directly inside each folder under Stubs/ against the framework and the dependencies,
    // and returns the dependencies plus the stub.
    private static Lazy<ImmutableArray<MetadataReference>> Stub(string assemblyName, string[] folders, params Func<ImmutableArray<MetadataReference>>[] dependencies) =>
        new(() =>
        {
            var dependencyReferences = Concat(dependencies.Select(d => d()).ToArray());
            var sources = folders.SelectMany(StubFiles.SourcesIn).ToList();
            if (sources.Count == 0)
                throw new InvalidOperationException($"No stub sources for '{assemblyName}' in {string.Join(", ", folders)}.");
            var stub = CompileStub(assemblyName, sources, dependencyReferences.ToArray());
            return dependencyReferences.Add(stub);
        });

    private static ImmutableArray<MetadataReference> Concat(params ImmutableArray<MetadataReference>[] parts) =>
        parts.SelectMany(p => p).Distinct().ToImmutableArray();

    private static MetadataReference Emit(string assemblyName, IReadOnlyList<string> sources, MetadataReference[] extraRefs)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"{assemblyName}/{i}.cs")),
            Framework.AddRange(extraRefs).Distinct(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
            throw new InvalidOperationException($"Stub '{assemblyName}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        var reference = MetadataReference.CreateFromImage(image.ToArray(), filePath: assemblyName + ".dll");
        CompiledStubs[reference] = true;
        return reference;
    }

    /// <summary>
    /// The roots plus every assembly they reference transitively that ships next to the tests (not in the framework),
    /// which is what NuGet's transitive compile references give a real project.
    /// </summary>
    private static ImmutableArray<MetadataReference> SdkReferences(params Assembly[] roots)
    {
        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<AssemblyName>(roots.Select(a => a.GetName()));
        while (pending.TryDequeue(out var name))
        {
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            var inFramework = File.Exists(Path.Combine(FrameworkDirectory, name.Name + ".dll"));
            if (!seen.Add(name.Name!) || inFramework || !File.Exists(path))
                continue;
            paths.Add(path);
            foreach (var dependency in Assembly.Load(name).GetReferencedAssemblies())
                pending.Enqueue(dependency);
        }

        return paths.Select(FromFile).ToImmutableArray();
    }

    // One instance per file, so reference lists of several SDKs can be de-duplicated.
    private static MetadataReference FromFile(string path) => FileReferences.GetOrAdd(path, p => MetadataReference.CreateFromFile(p));
}
