using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Benchmarks;

/// <summary>
/// Does no work of its own, but pays Roslyn's one-time costs that otherwise land on whichever analyzer comes first
/// (run it first): the first look at the compilation's references binds them and builds the declaration table, and the
/// first analyzer diagnostic in a file makes the driver scan that whole file for generated code. It reads the
/// referenced assembly names, and reports one hidden diagnostic at the first invocation of each file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BaselineAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new("BENCH0001", "Baseline", "Baseline", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            _ = start.Compilation.ReferencedAssemblyNames;
            var files = new ConcurrentDictionary<SyntaxTree, bool>();
            start.RegisterOperationAction(
                operation =>
                {
                    if (files.TryAdd(operation.Operation.Syntax.SyntaxTree, true))
                        operation.ReportDiagnostic(Diagnostic.Create(Descriptor, operation.Operation.Syntax.GetLocation()));
                },
                OperationKind.Invocation);
        });
    }
}
