using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Docs;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>
/// No analyzer or fixer throws, whatever the code: half-typed and damaged sources, SDKs of unexpected shapes, empty
/// files, and the analyzers' own sources. Inputs come from a fixed seed; counts are bounded so the sweep stays short.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class NeverThrowTests(ITestOutputHelper output)
{
    // Per valid-corpus file (a few, and larger); each test source (a few hundred) gets a prefix or a cut line, and a deletion.
    private const int CorpusPrefixes = 8, CorpusLineCuts = 16, CorpusDeletionCopies = 8;

    [Fact]
    public async Task TestSourcesAndCorpus_Truncated_AndWithTokensDeleted()
    {
        var random = new Random(Mutations.Seed);
        var inputs = new List<SweepInput>();
        foreach (var source in TestSources.All)
        {
            // The sources themselves are the rule tests' business (and FixSafetyTests'); here only their damaged copies.
            var references = References.For(source.Sdks);
            var prefix = random.Next(2);
            inputs.AddRange(Mutate(source.Text, prefixes: prefix, lineCuts: 1 - prefix, deletionCopies: 1, random)
                .Select(m => new SweepInput($"{source.Origin}, {m.Description}", [m.Text], references)));
        }

        foreach (var (path, text) in ValidCodeFiles.All)
        {
            inputs.Add(new SweepInput(path, [text], References.For(TestSdks.All)));
            inputs.AddRange(Mutate(text, CorpusPrefixes, CorpusLineCuts, CorpusDeletionCopies, random)
                .Select(m => new SweepInput($"{path}, {m.Description}", [m.Text], References.For(TestSdks.All))));
        }

        var report = await RunAsync(inputs);
        Assert.True(report.Diagnostics > 100 && report.CodeActions > 100, $"the sweep exercised too little: {report}");
    }

    [Fact]
    public async Task SdkMembersMissingOrOfUnexpectedShapes()
    {
        var sources = ValidCodeFiles.All.Select(f => (Origin: f.Path, f.Text))
            .Concat(TestSources.All.Where((s, i) => i % 8 == 0 && s.Sdks == TestSdks.All).Select(s => (s.Origin, s.Text)))
            .ToList();
        var shapes = FakeSdks.Shapes().ToList();
        var inputs = new List<SweepInput>();
        foreach (var shape in shapes)
        {
            // Code written for the shape must bind to it, or the shape is never exercised.
            var usage = Workbench.CreateProject(shape.Source is null ? [shape.Usage] : [shape.Usage, shape.Source], shape.References);
            var errors = (await usage.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, $"{shape.Name}: the usage does not compile:\n{string.Join("\n", errors)}");

            var usages = Mutate(shape.Usage, prefixes: 0, lineCuts: 4, deletionCopies: 4, new Random(Mutations.Seed))
                .Select(m => ($"usage for {shape.Name}, {m.Description}", m.Text))
                .Prepend(($"usage for {shape.Name}", shape.Usage));
            foreach (var (origin, text) in sources.Concat(usages))
                inputs.Add(new SweepInput($"{origin} against fake SDKs ({shape.Name})", shape.Source is null ? [text] : [text, shape.Source], shape.References));
        }

        var report = await RunAsync(inputs);
        Assert.True(report.Inputs >= shapes.Count * sources.Count && report.Diagnostics > 0, report.ToString());
    }

    [Fact]
    public async Task EmptyAndWhitespaceFiles()
    {
        string[] texts = ["", " ", "\n", "\r\n\r\n", "\t \t", "\uFEFF", "\0", "//", "/*", "#if X", "#region", "#nullable enable", "\u2028", new string(' ', 10_000)];
        var inputs = new List<SweepInput>();
        foreach (var sdks in new[] { TestSdks.All, TestSdks.None, TestSdks.AllCompatible })
        {
            inputs.AddRange(texts.Select((text, i) => new SweepInput($"text #{i} with {sdks}", [text], References.For(sdks))));
            inputs.Add(new SweepInput($"all texts as documents with {sdks}", texts, References.For(sdks)));
        }

        var report = await RunAsync(inputs);
        Assert.Equal(3 * (texts.Length + 1), report.Inputs);
    }

    [Fact]
    public async Task AnalyzersOwnSources()
    {
        var files = Directory.EnumerateFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: Path.GetRelativePath(Repository.Root, path), Text: File.ReadAllText(path)))
            .ToList();
        var references = References.For(TestSdks.All).AddRange(RoslynReferences());
        var random = new Random(Mutations.Seed);
        var inputs = new List<SweepInput> { new("src/**/*.cs as one project", files.Select(f => f.Text).ToList(), references) };
        inputs.AddRange(files.SelectMany(f => Mutations.LineCuts(f.Text, 1, random).Select(m => new SweepInput($"{f.Path}, {m.Description}", [m.Text], references))));

        var report = await RunAsync(inputs);
        Assert.True(files.Count > 20 && report.Inputs > 20, report.ToString());
    }

    private static IEnumerable<Mutant> Mutate(string text, int prefixes, int lineCuts, int deletionCopies, Random random) =>
        Mutations.Prefixes(text, prefixes)
            .Concat(Mutations.LineCuts(text, lineCuts, random))
            .Concat(Mutations.Deletions(text, deletionCopies, deletions: 1 + random.Next(3), random));

    private static ImmutableArray<MetadataReference> RoslynReferences() =>
        new[] { typeof(Compilation), typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation), typeof(Workspace), typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions) }
            .Select(t => (MetadataReference)MetadataReference.CreateFromFile(t.Assembly.Location))
            .ToImmutableArray();

    private async Task<SweepReport> RunAsync(IEnumerable<SweepInput> inputs)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = await Sweep.RunAsync(inputs);
        output.WriteLine($"{report} in {stopwatch.Elapsed.TotalSeconds:0.0} s ({Toolset.Package.Analyzers.Length} analyzers, {Toolset.Package.Fixers.Length} fixers)");
        Assert.True(report.Failures.IsEmpty, report.Describe());
        return report;
    }
}
