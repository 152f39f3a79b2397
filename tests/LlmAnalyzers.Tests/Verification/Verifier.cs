using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Tests.Verification;

/// <summary>
/// Fluent analyzer / code-fix test: builds an in-memory C# project from markup sources, runs the analyzers,
/// compares their diagnostics with the markup, and optionally applies the code fix.
/// </summary>
public sealed partial class Verifier
{
    // Experimental-API diagnostics of the SDKs, so test code can use those APIs, and the
    // assembly-unification warnings the .NET SDK also silences by default (Anthropic was built against an older MEAI).
    private static readonly string[] SuppressedIds = ["OPENAI001", "OPENAI002", "SCME0001", "SCME0002", "MEAI001", "CS1701", "CS1702"];

    private readonly List<DiagnosticAnalyzer> _analyzers = [];
    private readonly List<string> _sources = [];
    private readonly List<MetadataReference> _extraReferences = [];
    private readonly List<string> _editorConfigLines = [];
    private readonly List<(string Name, string Content)> _additionalFiles = [];
    private readonly List<string> _expectedMessages = [];
    private readonly List<(FixAllScope Scope, string[] Sources)> _fixAllExpectations = [];
    private CodeFixProvider? _fixer;
    private string? _rule;
    private TestSdks _sdks = TestSdks.All;
    private bool _hasEditorConfig;
    private string? _globalConfig;
    private bool _allowCompilerErrors;
    private OutputKind _outputKind = OutputKind.DynamicallyLinkedLibrary;
    private string? _codeFixKey;
    private string[]? _fixedSources;

    public Verifier WithAnalyzer<TAnalyzer>() where TAnalyzer : DiagnosticAnalyzer, new()
    {
        _analyzers.Add(new TAnalyzer());
        return this;
    }

    public Verifier WithCodeFix<TFixer>() where TFixer : CodeFixProvider, new()
    {
        if (_fixer is not null)
            throw new InvalidOperationException("WithCodeFix may be called only once.");
        _fixer = new TFixer();
        return this;
    }

    /// <summary>Default ID for <c>[|…|]</c>; comparisons then only consider this ID and IDs written in markup.</summary>
    public Verifier WithRule(string diagnosticId)
    {
        _rule = diagnosticId;
        return this;
    }

    /// <summary>Adds a source document; the n-th call becomes <c>/0/Test{n}.cs</c>.</summary>
    public Verifier WithSource(string markup)
    {
        _sources.Add(markup);
        return this;
    }

    public Verifier WithSdks(TestSdks sdks)
    {
        _sdks = sdks;
        return this;
    }

    public Verifier WithReference(MetadataReference reference)
    {
        _extraReferences.Add(reference);
        return this;
    }

    /// <summary>Lines for the <c>[*.cs]</c> section of <c>/.editorconfig</c>.</summary>
    public Verifier WithEditorConfig(params string[] lines)
    {
        _hasEditorConfig = true;
        _editorConfigLines.AddRange(lines);
        return this;
    }

    /// <summary>Full content of <c>/.globalconfig</c> (include <c>is_global = true</c>).</summary>
    public Verifier WithGlobalConfig(string content)
    {
        _globalConfig = content;
        return this;
    }

    public Verifier WithAdditionalFile(string name, string content)
    {
        _additionalFiles.Add((name, content));
        return this;
    }

    /// <summary>Compiles as a console application (for top-level statements).</summary>
    public Verifier AsExecutable()
    {
        _outputKind = OutputKind.ConsoleApplication;
        return this;
    }

    public Verifier AllowCompilerErrors()
    {
        _allowCompilerErrors = true;
        return this;
    }

    /// <summary>The n-th call asserts the message of the n-th expected diagnostic (by document, then position).</summary>
    public Verifier ExpectMessage(string message)
    {
        _expectedMessages.Add(message);
        return this;
    }

    public Verifier WithCodeFixKey(string equivalenceKey)
    {
        _codeFixKey = equivalenceKey;
        return this;
    }

    /// <summary>Expected sources (one per document, with markup for remaining diagnostics) after fixing one diagnostic at a time.</summary>
    public Verifier ShouldFixTo(params string[] fixedMarkupPerDocument)
    {
        _fixedSources = fixedMarkupPerDocument;
        return this;
    }

    /// <summary>Expected sources after one Fix All in <paramref name="scope"/>; may be called once per scope.</summary>
    public Verifier ShouldFixAllTo(FixAllScope scope, params string[] fixedMarkupPerDocument)
    {
        _fixAllExpectations.Add((scope, fixedMarkupPerDocument));
        return this;
    }

    public async Task ValidateAsync()
    {
        var sources = ParseSources();
        var fixedSources = _fixedSources is null ? null : ParseExpected(_fixedSources, nameof(ShouldFixTo));
        var fixAllSources = _fixAllExpectations
            .Select(x => (x.Scope, Sources: ParseExpected(x.Sources, $"{nameof(ShouldFixAllTo)}({x.Scope})")))
            .ToList();

        var (workspace, project) = CreateProject(sources.Select(s => s.Text));
        using (workspace)
        {
            var analysis = await AnalyzeAsync(project, compileGate: !_allowCompilerErrors);
            var matched = CompareDiagnostics("Diagnostics", sources, analysis);
            CheckMessages(matched);

            if (fixedSources is not null)
                await VerifyFixAsync(analysis, fixedSources);
            foreach (var (scope, expected) in fixAllSources)
                await VerifyFixAllAsync(analysis, scope, expected);
        }
    }

    /// <summary>Runs the analyzers (with all safety checks) and returns their diagnostics, sorted.</summary>
    public async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync()
    {
        var sources = ParseSources();
        var (workspace, project) = CreateProject(sources.Select(s => s.Text));
        using (workspace)
            return (await AnalyzeAsync(project, compileGate: !_allowCompilerErrors)).AnalyzerDiagnostics;
    }

    /// <summary>Runs the analyzers and returns the telemetry (registered action counts, etc.) of the <typeparamref name="TAnalyzer"/> instance.</summary>
    public async Task<AnalyzerTelemetryInfo> GetTelemetryAsync<TAnalyzer>() where TAnalyzer : DiagnosticAnalyzer
    {
        var analyzer = _analyzers.OfType<TAnalyzer>().FirstOrDefault()
            ?? throw new InvalidOperationException($"{typeof(TAnalyzer).Name} was not added with WithAnalyzer.");
        var sources = ParseSources();
        var (workspace, project) = CreateProject(sources.Select(s => s.Text));
        using (workspace)
        {
            var analysis = await AnalyzeAsync(project, compileGate: !_allowCompilerErrors);
            return await analysis.Runner.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        }
    }

    /// <summary>Builds the test project (no analysis) and hands it to <paramref name="action"/>.</summary>
    public async Task<T> RunOnProjectAsync<T>(Func<Project, Task<T>> action)
    {
        var sources = ParseSources();
        var (workspace, project) = CreateProject(sources.Select(s => s.Text));
        using (workspace)
            return await action(project);
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers => [.. _analyzers];

    public static MetadataReference CompileStub(string assemblyName, string source, params MetadataReference[] extraRefs) =>
        References.CompileStub(assemblyName, source, extraRefs);

    private static string PathOf(int documentIndex) => $"/0/Test{documentIndex}.cs";

    private IReadOnlyList<ParsedMarkup> ParseSources()
    {
        if (_sources.Count == 0)
            throw new InvalidOperationException("Call WithSource at least once.");
        if (_analyzers.Count == 0)
            throw new InvalidOperationException("Call WithAnalyzer at least once.");
        return _sources.Select(Markup.Parse).ToList();
    }

    private IReadOnlyList<ParsedMarkup> ParseExpected(string[] markups, string caller)
    {
        if (_fixer is null)
            throw new InvalidOperationException($"{caller} needs WithCodeFix.");
        if (markups.Length != _sources.Count)
            throw new InvalidOperationException($"{caller} got {markups.Length} sources for {_sources.Count} documents.");
        return markups.Select(Markup.Parse).ToList();
    }

    private (AdhocWorkspace Workspace, Project Project) CreateProject(IEnumerable<string> texts)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("TestProject");

        DocumentInfo Document(string name, string path, string text) => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, name),
            name,
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text, Encoding.UTF8), VersionStamp.Create(), path)),
            filePath: path);

        var documents = texts.Select((text, i) => Document($"Test{i}.cs", PathOf(i), text)).ToList();
        var additionalDocuments = _additionalFiles.Select(f => Document(f.Name, "/0/" + f.Name, f.Content)).ToList();
        var configDocuments = new List<DocumentInfo>();
        if (_hasEditorConfig)
            configDocuments.Add(Document(".editorconfig", "/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", _editorConfigLines) + "\n"));
        if (_globalConfig is not null)
            configDocuments.Add(Document(".globalconfig", "/.globalconfig", _globalConfig));

        var compilationOptions = new CSharpCompilationOptions(_outputKind, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(SuppressedIds.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress)));

        var projectInfo = ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                name: "TestProject",
                assemblyName: "TestProject",
                language: LanguageNames.CSharp,
                compilationOptions: compilationOptions,
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                documents: documents,
                metadataReferences: References.For(_sdks).AddRange(_extraReferences),
                additionalDocuments: additionalDocuments)
            .WithAnalyzerConfigDocuments(configDocuments);

        var solution = workspace.CurrentSolution.AddProject(projectInfo);
        return (workspace, solution.GetProject(projectId)!);
    }
}
