using System.Collections.Concurrent;
using System.Linq;
using LlmAnalyzers.Configuration;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers;

/// <summary>What one compilation's analysis shares: the bound SDK model, and the parsed configuration.</summary>
internal sealed class AnalysisState
{
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly ConcurrentDictionary<AnalyzerConfigOptions, LlmConfig> _configs = new();
    private readonly ConcurrentDictionary<(LlmConfig Config, string Id, bool Exact), ModelLimits?> _limits = new();

    public AnalysisState(SdkModel model, ModelOverrides overrides, AnalyzerConfigOptionsProvider options)
    {
        Model = model;
        Overrides = overrides;
        _options = options;
    }

    public SdkModel Model { get; }

    /// <summary>Models from llm-models.json.</summary>
    public ModelOverrides Overrides { get; }

    public LlmConfig ConfigFor(SyntaxTree tree) => _configs.GetOrAdd(_options.GetOptions(tree), LlmConfig.Parse);

    /// <summary>A model's limits under one configuration, looked up once per model and configuration of the compilation.</summary>
    public ModelLimits? LimitsFor(string id, LlmConfig config, bool exact)
    {
        var key = (config, id, exact);
        if (!_limits.TryGetValue(key, out var limits))
            _limits.TryAdd(key, limits = ModelLimits.Find(id, config, Overrides, exact));
        return limits;
    }

    public LlmConfig GlobalConfig => _configs.GetOrAdd(_options.GlobalOptions, LlmConfig.Parse);

    /// <summary>Every distinct configuration problem of the compilation, reported once each.</summary>
    public void ReportConfigurationErrors(CompilationAnalysisContext context)
    {
        var errors = context.Compilation.SyntaxTrees.Select(ConfigFor).Append(GlobalConfig)
            .Distinct()
            .SelectMany(config => config.Errors)
            .Concat(Overrides.Errors)
            .Distinct();
        foreach (var error in errors)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LLM0099_InvalidConfiguration, Location.None, error.Source, error.Problem));
    }
}
