using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// A measuring wrapper, never shipped: it forwards the wrapped analyzer's own configuration and registrations.
#pragma warning disable RS1001, RS1012, RS1025, RS1026, CS0618

namespace LlmAnalyzers.Benchmarks;

/// <summary>
/// <c>--gc-probe</c>: runs an analyzer with every callback wrapped, to sum the garbage-collection pauses that fall inside
/// its callbacks. Roslyn's execution times are wall-clock, so a collection that the compilation's allocations trigger
/// while a callback runs is charged to that callback. Supports the registrations LlmAnalyzers and CA2016 make.
/// </summary>
internal sealed class GcProbe(DiagnosticAnalyzer inner) : DiagnosticAnalyzer
{
    private long _pauseTicks;
    private int _callbacksPaused;

    public DiagnosticAnalyzer Inner { get; } = inner;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => Inner.Initialize(new Context(context, this));

    /// <summary>The pauses since the last call, and how many callbacks they fell in.</summary>
    public (TimeSpan Paused, int Callbacks) Take()
        => (TimeSpan.FromTicks(Interlocked.Exchange(ref _pauseTicks, 0)), Interlocked.Exchange(ref _callbacksPaused, 0));

    private Action<T> Wrap<T>(Action<T> action) => argument =>
    {
        var before = GC.GetTotalPauseDuration();
        try
        {
            action(argument);
        }
        finally
        {
            var paused = GC.GetTotalPauseDuration() - before;
            if (paused > TimeSpan.Zero)
            {
                Interlocked.Add(ref _pauseTicks, paused.Ticks);
                Interlocked.Increment(ref _callbacksPaused);
            }
        }
    };

    private sealed class Context(AnalysisContext inner, GcProbe probe) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            => inner.RegisterCompilationStartAction(probe.Wrap<CompilationStartAnalysisContext>(start => action(new StartContext(start, probe))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationAction(probe.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(probe.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(probe.Wrap(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(probe.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(probe.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => inner.RegisterSyntaxNodeAction(probe.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => inner.RegisterOperationAction(probe.Wrap(action), operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            => inner.RegisterOperationBlockStartAction(probe.Wrap<OperationBlockStartAnalysisContext>(block => action(new BlockContext(block, probe))));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(probe.Wrap(action));
    }

    private sealed class StartContext(CompilationStartAnalysisContext inner, GcProbe probe)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationEndAction(probe.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(probe.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(probe.Wrap(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(probe.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(probe.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => inner.RegisterSyntaxNodeAction(probe.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => inner.RegisterOperationAction(probe.Wrap(action), operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            => inner.RegisterOperationBlockStartAction(probe.Wrap<OperationBlockStartAnalysisContext>(block => action(new BlockContext(block, probe))));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(probe.Wrap(action));
    }

    private sealed class BlockContext(OperationBlockStartAnalysisContext inner, GcProbe probe)
        : OperationBlockStartAnalysisContext(inner.OperationBlocks, inner.OwningSymbol, inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterOperationBlockEndAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockEndAction(probe.Wrap(action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => inner.RegisterOperationAction(probe.Wrap(action), operationKinds);
    }

    private static NotSupportedException Unsupported() => new("--gc-probe does not wrap code-block start actions.");
}
