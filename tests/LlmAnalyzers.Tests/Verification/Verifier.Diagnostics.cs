using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace LlmAnalyzers.Tests.Verification;

public sealed partial class Verifier
{
    private sealed record Analysis(
        Project Project,
        Compilation Compilation,
        CompilationWithAnalyzers Runner,
        ImmutableArray<Diagnostic> AnalyzerDiagnostics,
        ImmutableArray<Diagnostic> CompilerDiagnostics)
    {
        public IEnumerable<Diagnostic> CompilerErrors => CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
    }

    private sealed record ExpectedDiagnostic(int DocumentIndex, string Id, TextSpan Span, string CoveredText)
    {
        public string Path => PathOf(DocumentIndex);
    }

    private async Task<Analysis> AnalyzeAsync(Project project, bool compileGate)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var compilerDiagnostics = Sort(compilation.GetDiagnostics().Where(d => !d.IsSuppressed));
        if (compileGate && compilerDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var errors = compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            throw Failure($"The test sources do not compile (call {nameof(AllowCompilerErrors)}() if that is intended):"
                + List(errors) + Environment.NewLine + AnnotatedSources(compilation, errors, defaultId: null));
        }

        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var runner = compilation.WithAnalyzers([.. _analyzers], options);
        var analyzerDiagnostics = Sort(await runner.GetAnalyzerDiagnosticsAsync(CancellationToken.None));

        if (!exceptions.IsEmpty)
            throw Failure("An analyzer threw an exception:" + Environment.NewLine + string.Join(Environment.NewLine, exceptions.Distinct()));
        var ad0001 = analyzerDiagnostics.Where(d => d.Id == "AD0001").ToList();
        if (ad0001.Count > 0)
            throw Failure("An analyzer failed (AD0001):" + List(ad0001));

        return new Analysis(project, compilation, runner, analyzerDiagnostics, compilerDiagnostics);
    }

    /// <summary>Checks the diagnostics against the markup; returns the matches in markup order.</summary>
    private List<(ExpectedDiagnostic Expected, Diagnostic Actual)> CompareDiagnostics(
        string title, IReadOnlyList<ParsedMarkup> sources, Analysis analysis)
    {
        var defaultId = DefaultId();
        var expected = sources
            .SelectMany((source, index) => source.Spans.Select(span => new ExpectedDiagnostic(
                index,
                span.Id ?? defaultId ?? throw new InvalidOperationException(
                    "'[|…|]' needs a default ID: call WithRule, or use {|ID:…|}. The analyzers support: " + string.Join(", ", SupportedIds())),
                span.Span,
                source.Text.Substring(span.Span.Start, span.Span.Length))))
            .ToList();

        var explicitIds = sources.SelectMany(s => s.Spans).Select(s => s.Id).OfType<string>().ToHashSet();
        var compared = Sort(analysis.AnalyzerDiagnostics
            .Where(d => _rule is null || d.Id == _rule || explicitIds.Contains(d.Id))
            .Concat(analysis.CompilerDiagnostics.Where(d => explicitIds.Contains(d.Id))));

        var unmatched = compared.ToList();
        var matched = new List<(ExpectedDiagnostic, Diagnostic)>();
        var missing = new List<ExpectedDiagnostic>();
        foreach (var e in expected)
        {
            var actual = unmatched.FirstOrDefault(d =>
                d.Id == e.Id && d.Location.SourceSpan == e.Span && d.Location.SourceTree?.FilePath == e.Path);
            if (actual is null)
            {
                missing.Add(e);
                continue;
            }
            unmatched.Remove(actual);
            matched.Add((e, actual));
        }

        if (missing.Count == 0 && unmatched.Count == 0)
            return matched;

        var message = new StringBuilder($"{title}: the reported diagnostics differ from the markup.");
        if (missing.Count > 0)
        {
            message.Append(Environment.NewLine).Append("Missing (in the markup, not reported):");
            foreach (var e in missing)
            {
                var text = analysis.Compilation.SyntaxTrees.First(t => t.FilePath == e.Path).GetText();
                message.Append($"{Environment.NewLine}    {e.Id} {e.Path}({Markup.LineColumn(text, e.Span.Start)}) on '{Shorten(e.CoveredText)}'");
            }
        }
        if (unmatched.Count > 0)
            message.Append(Environment.NewLine).Append("Unexpected (reported, not in the markup):").Append(List(unmatched));

        message.Append(Environment.NewLine).Append("Actual diagnostics as markup:").Append(Environment.NewLine)
            .Append(AnnotatedSources(analysis.Compilation, compared, defaultId));
        throw Failure(message.ToString());
    }

    private void CheckMessages(List<(ExpectedDiagnostic Expected, Diagnostic Actual)> matched)
    {
        if (_expectedMessages.Count > matched.Count)
            throw Failure($"{nameof(ExpectMessage)} was called {_expectedMessages.Count} times, but the markup has {matched.Count} diagnostics.");

        var wrong = _expectedMessages
            .Select((message, i) => (Expected: message, Actual: matched[i].Actual, Index: i))
            .Where(x => x.Actual.GetMessage(CultureInfo.InvariantCulture) != x.Expected)
            .Select(x => $"    #{x.Index} {Describe(x.Actual)}{Environment.NewLine}        expected message: {x.Expected}")
            .ToList();
        if (wrong.Count > 0)
            throw Failure("Diagnostic messages differ:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
    }

    private string? DefaultId()
    {
        if (_rule is not null)
            return _rule;
        var ids = SupportedIds();
        return ids.Count == 1 ? ids[0] : null;
    }

    private List<string> SupportedIds() =>
        _analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();

    /// <summary>Each source document with <paramref name="diagnostics"/> written in as markup, ready to paste into a test.</summary>
    private static string AnnotatedSources(Compilation compilation, IEnumerable<Diagnostic> diagnostics, string? defaultId)
    {
        var inSource = diagnostics.Where(d => d.Location.IsInSource).ToList();
        var result = new StringBuilder();
        foreach (var tree in compilation.SyntaxTrees.OrderBy(t => DocumentIndex(t.FilePath)))
        {
            var spans = inSource.Where(d => d.Location.SourceTree == tree).Select(d => (d.Id, d.Location.SourceSpan));
            result.Append($"----- {tree.FilePath} -----").Append(Environment.NewLine)
                .Append(Markup.Annotate(tree.GetText().ToString(), spans, defaultId)).Append(Environment.NewLine);
        }
        return result.ToString();
    }

    private static string List(IEnumerable<Diagnostic> diagnostics) =>
        string.Concat(diagnostics.Select(d => Environment.NewLine + "    " + Describe(d)));

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = span.IsValid ? $"{span.Path}({span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1})" : "(no location)";
        return $"{diagnostic.Id} {where} {diagnostic.Severity}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private static string Brief(Diagnostic diagnostic) =>
        $"{diagnostic.Id} at {diagnostic.Location.GetLineSpan().Path}({Markup.LineColumn(diagnostic.Location.SourceTree!.GetText(), diagnostic.Location.SourceSpan.Start)})";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => DocumentIndex(d.Location.SourceTree?.FilePath))
        .ThenBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
        .ThenBy(d => d.Location.SourceSpan.Start)
        .ThenBy(d => d.Location.SourceSpan.End)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    private static int DocumentIndex(string? path) =>
        path is not null && path.StartsWith("/0/Test", StringComparison.Ordinal) && path.EndsWith(".cs", StringComparison.Ordinal)
            && int.TryParse(path["/0/Test".Length..^".cs".Length], out var index) ? index : int.MaxValue;

    private static XunitException Failure(string message) => new(message);
}
