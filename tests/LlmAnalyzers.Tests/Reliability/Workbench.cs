using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>The analyzers and fixers to run.</summary>
internal sealed record Toolset(ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableArray<CodeFixProvider> Fixers)
{
    /// <summary>Every C# <c>[DiagnosticAnalyzer]</c> of LlmAnalyzers and <c>[ExportCodeFixProvider]</c> of LlmAnalyzers.CodeFixes.</summary>
    public static Toolset Package { get; } = new(
        Exported<DiagnosticAnalyzer>(typeof(LlmRequestAnalyzer).Assembly, t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages),
        Exported<CodeFixProvider>(typeof(MaxOutputTokensFixer).Assembly, t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>()?.Languages));

    private static ImmutableArray<T> Exported<T>(Assembly assembly, Func<Type, string[]?> languages) => assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && languages(t)?.Contains(LanguageNames.CSharp) == true)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (T)Activator.CreateInstance(t)!)
        .ToImmutableArray();
}

/// <summary>The plumbing to run analyzers and fixers on raw sources (no markup), reporting exceptions instead of throwing them.</summary>
internal static class Workbench
{
    private static readonly string[] SuppressedIds = ["OPENAI001", "OPENAI002", "SCME0001", "SCME0002", "MEAI001", "CS1701", "CS1702"];

    /// <summary>An in-memory project: documents <c>/0/Test{n}.cs</c>, optional <c>/.editorconfig</c> lines and additional files.</summary>
    public static Project CreateProject(
        IReadOnlyList<string> sources,
        ImmutableArray<MetadataReference> references,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        IReadOnlyList<string>? editorConfig = null,
        IReadOnlyList<(string Name, string Content)>? additionalFiles = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("TestProject");

        DocumentInfo Document(string name, string path, string text) => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, name),
            name,
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text, Encoding.UTF8), VersionStamp.Create(), path)),
            filePath: path);

        var configs = editorConfig is null ? [] : new[] { Document(".editorconfig", "/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", editorConfig) + "\n") };
        var info = ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                name: "TestProject",
                assemblyName: "TestProject",
                language: LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable)
                    .WithSpecificDiagnosticOptions(SuppressedIds.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress))),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                documents: sources.Select((text, i) => Document($"Test{i}.cs", $"/0/Test{i}.cs", text)),
                metadataReferences: references,
                additionalDocuments: (additionalFiles ?? []).Select(f => Document(f.Name, "/0/" + f.Name, f.Content)))
            .WithAnalyzerConfigDocuments(configs);
        return workspace.CurrentSolution.AddProject(info).GetProject(projectId)!;
    }

    public sealed record Analysis(Project Project, Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)
    {
        public IEnumerable<Diagnostic> CompilerErrors => Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>Runs every analyzer; analyzer exceptions (callback and AD0001) are returned, not thrown.</summary>
    public static async Task<Analysis> AnalyzeAsync(Project project, Toolset? tools = null)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var (diagnostics, exceptions) = await AnalyzeAsync(compilation, project.AnalyzerOptions, tools);
        return new Analysis(project, compilation, diagnostics, exceptions);
    }

    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)> AnalyzeAsync(
        Compilation compilation, AnalyzerOptions options, Toolset? tools = null)
    {
        var exceptions = new ConcurrentQueue<string>();
        var runner = compilation.WithAnalyzers((tools ?? Toolset.Package).Analyzers, new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
        var diagnostics = await runner.GetAnalyzerDiagnosticsAsync();
        foreach (var ad0001 in diagnostics.Where(d => d.Id == "AD0001"))
            exceptions.Enqueue(ad0001.GetMessage(CultureInfo.InvariantCulture));
        return (diagnostics.Where(d => d.Id != "AD0001").ToImmutableArray(), exceptions.Distinct().ToImmutableArray());
    }

    /// <summary>The code actions every fixer offers for <paramref name="diagnostic"/> (nested actions flattened).</summary>
    public static async Task<List<CodeAction>> GetActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return Flatten(actions).ToList();

        static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions) =>
            actions.SelectMany(a => a.NestedActions.IsDefaultOrEmpty ? [a] : Flatten(a.NestedActions));
    }

    /// <summary>The project after <paramref name="action"/>; null when it changes nothing.</summary>
    public static async Task<Project?> ApplyAsync(CodeAction action, Project project)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution;
        return changed?.GetProject(project.Id);
    }

    /// <summary>Fix All in <paramref name="scope"/> for the diagnostics offered <paramref name="equivalenceKey"/>.</summary>
    public static async Task<CodeAction?> GetFixAllAsync(CodeFixProvider fixer, Document trigger, string? equivalenceKey, FixAllScope scope, IReadOnlyList<Diagnostic> diagnostics)
    {
        var provider = fixer.GetFixAllProvider();
        if (provider is null || !provider.GetSupportedFixAllScopes().Contains(scope))
            return null;
        var context = new FixAllContext(trigger, fixer, scope, equivalenceKey!, fixer.FixableDiagnosticIds, new Diagnostics(trigger.Project.Id, diagnostics), CancellationToken.None);
        return await provider.GetFixAsync(context);
    }

    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = span.IsValid ? $"{span.Path}({span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1})" : "(no location)";
        return $"{diagnostic.Id} {where}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Everything observable about a diagnostic, for comparing runs.</summary>
    public static string Fingerprint(Diagnostic d) =>
        $"{d.Id}|{d.Severity}|{d.Location.SourceTree?.FilePath}|{d.Location.SourceSpan}|{d.GetMessage(CultureInfo.InvariantCulture)}"
        + $"|{string.Join(";", d.AdditionalLocations.Select(l => l.SourceSpan.ToString()))}"
        + $"|{string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}";

    private sealed class Diagnostics(ProjectId projectId, IReadOnlyList<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(document.Project.Id == projectId
                ? diagnostics.Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == document.FilePath).ToList().AsEnumerable()
                : []);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(project.Id == projectId ? diagnostics.Where(d => !d.Location.IsInSource).ToList().AsEnumerable() : []);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(project.Id == projectId ? diagnostics.AsEnumerable() : []);
    }
}
