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

    private static readonly ConcurrentDictionary<string, MetadataReference> FileReferences = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<(string AssemblyName, string Source), Lazy<MetadataReference>> Stubs = new();

    /// <summary>Every assembly of the shared framework the tests run on.</summary>
    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    /// <summary>The framework plus the selected SDKs and their package dependencies.</summary>
    public static ImmutableArray<MetadataReference> For(TestSdks sdks)
    {
        var result = Framework.ToBuilder();
        if (sdks.HasFlag(TestSdks.OpenAI)) result.AddRange(LazyOpenAI.Value);
        if (sdks.HasFlag(TestSdks.Anthropic)) result.AddRange(LazyAnthropic.Value);
        if (sdks.HasFlag(TestSdks.ExtensionsAI)) result.AddRange(LazyExtensionsAI.Value);
        return result.Distinct().ToImmutableArray();
    }

    /// <summary>Compiles <paramref name="source"/> into an in-memory assembly named <paramref name="assemblyName"/>; cached per (name, source).</summary>
    public static MetadataReference CompileStub(string assemblyName, string source, params MetadataReference[] extraRefs) =>
        Stubs.GetOrAdd((assemblyName, source), key => new Lazy<MetadataReference>(() => Emit(key.AssemblyName, key.Source, extraRefs))).Value;

    private static MetadataReference Emit(string assemblyName, string source, MetadataReference[] extraRefs)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: assemblyName + ".cs")],
            Framework.AddRange(extraRefs),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
            throw new InvalidOperationException($"Stub '{assemblyName}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: assemblyName + ".dll");
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
