using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using LlmAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Benchmarks;

/// <summary>A corpus parsed once; each measurement builds a fresh compilation over the same trees, so no binding is cached.</summary>
internal sealed class Workload
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // The SDKs' experimental APIs are errors unless suppressed, as a real project would.
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SuppressedExperimental = new[] { "OPENAI001", "SCME0001", "SCME0002", "MEAI001" }
        .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Suppress);

    private readonly CSharpCompilationOptions _options;

    // Keeps the referenced assemblies' symbols alive: Roslyn shares them between compilations over the same references
    // (as a compiler server or IDE does), so no run pays for loading metadata that an earlier one loaded.
    private readonly Compilation _metadataAnchor;

    public Workload(GeneratedCorpus corpus, IReadOnlyDictionary<string, ReportDiagnostic> extraOptions)
    {
        Corpus = corpus;
        Trees = corpus.Files
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), ParseOptions, f.Path))
            .ToImmutableArray();
        References = MetadataReferences.Bcl.AddRange(corpus.Sdks.SelectMany(s => s.References)).Distinct().ToImmutableArray();
        // Single-threaded, so the compile time and the analyzers' execution times are both CPU time on one core.
        _options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false,
            specificDiagnosticOptions: SuppressedExperimental.SetItems(extraOptions));
        _metadataAnchor = CSharpCompilation.Create("MetadataAnchor", references: References, options: _options);
        _ = _metadataAnchor.Assembly;
    }

    public GeneratedCorpus Corpus { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public CSharpCompilation NewCompilation() => CSharpCompilation.Create("Corpus", Trees, References, _options);
}
