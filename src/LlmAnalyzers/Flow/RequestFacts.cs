using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LlmAnalyzers.Configuration;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

/// <summary>
/// Everything the rules need to know about one request call, computed once and lazily: the options it receives,
/// the client it is sent on, the model it targets, and what happens to its response.
/// </summary>
internal sealed class RequestFacts
{
    private readonly SdkModel _model;
    private readonly AnalysisState _state;
    private readonly CancellationToken _cancellationToken;
    private LlmConfig? _config;
    private ModelLimits? _limits;
    private bool _limitsDone;
    private ResponseFacts? _response;
    private bool _responseDone;
    private ClientCreations? _client;
    private string? _modelId;
    private bool _modelIsDeployment;
    private bool _modelDone;
    private (IOperation Value, long Tokens)[]? _constantCaps;

    public RequestFacts(IInvocationOperation invocation, RequestCall call, AnalysisState state, CancellationToken cancellationToken)
    {
        Invocation = invocation;
        Call = call;
        _state = state;
        var model = _model = state.Model;
        _cancellationToken = cancellationToken;

        var request = call.Request;
        OptionsArgument = call.OptionsParameter is { } parameter ? ArgumentFor(invocation.Arguments, parameter.Name) : null;
        Options = OptionsArgument is null || OptionsArgument.ArgumentKind == ArgumentKind.DefaultValue || OptionsArgument.Value.IsNullConstant()
            ? ClientOptions() ?? OptionsState.All(request.Members.Length, MemberState.Null)
            : OptionsFlow.AtCall(OptionsArgument.Value, invocation, request.Members, request.Descriptor.PassThroughMembers, model);
    }

    /// <summary>
    /// For a call that passes no options: the options of the one factory call that gave the client some (a model's
    /// generation config), as they are at that call. Null when there is none or the options may change afterwards.
    /// </summary>
    private OptionsState? ClientOptions()
    {
        var client = Client;
        if (!client.Complete)
            return null;
        var given = client.Operations
            .Select(creation => (Creation: creation as IInvocationOperation, Parameter: _model.GetClientFactory(creation)?.OptionsParameter))
            .Where(c => c.Creation is not null && c.Parameter is not null && Argument(c.Creation, c.Parameter) is { } value && !value.IsNullConstant())
            .ToList();
        if (given.Count != 1)
            return null;

        var (factory, parameter) = (given[0].Creation!, given[0].Parameter!);
        var argument = ArgumentFor(factory.Arguments, parameter)!;
        if (!SymbolEqualityComparer.Default.Equals(argument.Parameter!.Type.OriginalDefinition, Request.OptionsType))
            return null;

        // A variable passed to the factory is shared with the client: any later use may change what the client sends.
        var shared = Variable(argument.Value);
        if (shared is not null && factory.GetBodyRoot().Descendants().Any(r => r.Syntax.SpanStart > factory.Syntax.Span.End && SymbolEqualityComparer.Default.Equals(Variable(r), shared)))
            return null;

        return OptionsFlow.AtCall(argument.Value, factory, Request.Members, Request.Descriptor.PassThroughMembers, _model);
    }

    public IInvocationOperation Invocation { get; }

    public RequestCall Call { get; }

    public BoundRequest Request => Call.Request;

    public SdkModel Model => _model;

    /// <summary>The options argument, when the overload takes options (it may be an omitted optional argument).</summary>
    public IArgumentOperation? OptionsArgument { get; }

    /// <summary>The state of the tracked options members when the call is made.</summary>
    public OptionsState Options { get; }

    public MemberState Cap => Options[BoundRequest.CapIndex];

    public bool IsStreaming => Request.Kind == RequestKind.Streaming;

    public ResponseFacts? Response
    {
        get
        {
            if (!_responseDone)
            {
                _response = ResponseFlow.Analyze(Invocation, _model);
                _responseDone = true;
            }

            return _response;
        }
    }

    /// <summary>The llm_analyzers.* options that apply to the file of the call.</summary>
    public LlmConfig Config => _config ??= _state.ConfigFor(Invocation.Syntax.SyntaxTree);

    /// <summary>The limits of the targeted model, when the model is known to the overrides or the catalog.</summary>
    public ModelLimits? Limits
    {
        get
        {
            if (!_limitsDone)
            {
                _limits = ModelId is { } id ? _state.LimitsFor(id, Config, _modelIsDeployment) : null;
                _limitsDone = true;
            }

            return _limits;
        }
    }

    public ClientCreations Client => _client ??= ClientOrigin.Find(ClientOrigin.Receiver(Invocation), _model, _cancellationToken);

    /// <summary>The model id the request targets, when the code makes it a compile-time constant.</summary>
    public string? ModelId
    {
        get
        {
            if (!_modelDone)
            {
                _modelId = ResolveModelId();
                _modelDone = true;
            }

            return _modelId;
        }
    }

    private static ISymbol? Variable(IOperation operation)
        => operation.WithoutConversions() switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

    /// <summary>The cap values that reach the call and are compile-time constants, with the expression of each (each constant arm of a conditional counts).</summary>
    public (IOperation Value, long Tokens)[] ConstantCaps() => _constantCaps ??= ConstantIntegers(Cap);

    /// <summary>How messages name the cap that received <paramref name="value"/>: with alternatives (<c>MaxCompletionTokens|MaxTokens</c>), the one the code set.</summary>
    public string CapName(IOperation value)
    {
        var cap = Request.Cap;
        for (var current = value; current.Parent is { } parent; current = parent)
        {
            var name = parent switch
            {
                IAssignmentOperation { Target: IPropertyReferenceOperation target } => target.Property.Name,
                IArgumentOperation { Parameter: { } parameter } => parameter.Name,
                IConversionOperation or IParenthesizedOperation or IConditionalOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation => null,
                _ => cap.Display,
            };
            if (name is null)
                continue;
            var set = cap.Steps[cap.Last].FirstOrDefault(a => string.Equals(a, name, System.StringComparison.OrdinalIgnoreCase));
            return set is null ? cap.Display : cap.DisplayWithLast(set);
        }

        return cap.Display;
    }

    /// <summary>The stop-sequence list at the call; null when the API has none.</summary>
    public MemberState? Stops => Request.StopIndex < 0 ? null : Options[Request.StopIndex];

    /// <summary>The thinking budget at the call; null when the API has none.</summary>
    public MemberState? Budget => Request.BudgetIndex < 0 ? null : Options[Request.BudgetIndex];

    /// <summary>The budget's below-cap waiver may be on: it is unseen, or set to something other than <c>false</c>.</summary>
    public bool BudgetMayExceedCap
        => Request.WaiverIndex >= 0 && Options[Request.WaiverIndex] is var waiver
           && (waiver.Has(ValuePaths.Unknown) || (waiver.Has(ValuePaths.Set) && (waiver.Values.IsEmpty || waiver.Values.Any(v => v.ConstantValue is not { HasValue: true, Value: false }))));

    /// <summary>The thinking budget is 0 on every path, which turns thinking off where budgets have model ranges (elsewhere 0 is below the minimum).</summary>
    public bool ThinkingOff => Request.Descriptor.ThinkingBudget is { ModelRange: true } && Budget is { IsSetOnEveryPath: true, Values.IsEmpty: false } budget
        && budget.Values.All(v => Constants.TryGetInteger(v, out var tokens) && tokens == 0);

    /// <summary>A reasoning switch of the options is set, on every path, to something other than a <c>None</c> / <c>*Disabled</c> value.</summary>
    public bool ReasoningRequested => Request.ReasoningIndexes.Any(i => Options[i] is { IsSetOnEveryPath: true, Values.IsEmpty: false } state && state.Values.All(TurnsOn));

    /// <summary>The constant integers among a member's reaching values.</summary>
    public static (IOperation Value, long Tokens)[] ConstantIntegers(MemberState state)
    {
        if (state.Values.IsEmpty)
            return [];
        var found = new List<(IOperation Value, long Tokens)>(state.Values.Length);
        foreach (var value in state.Values)
            AddConstantArms(value, found);
        return found.ToArray();
    }

    /// <summary>Adds <paramref name="value"/> when it is a constant integer, or each constant arm of a conditional or switch expression.</summary>
    private static void AddConstantArms(IOperation value, List<(IOperation Value, long Tokens)> found)
    {
        switch (value.WithoutConversions())
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                AddConstantArms(conditional.WhenTrue, found);
                AddConstantArms(whenFalse, found);
                return;
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                    AddConstantArms(arm.Value, found);
                return;
            default:
                if (Constants.TryGetInteger(value, out var tokens))
                    found.Add((value, tokens));
                return;
        }
    }

    private static bool TurnsOn(IOperation value)
    {
        if (value.IsNullConstant())
            return false;

        // A switch set to false, or a level written as the string "none".
        if (value.WithoutConversions().ConstantValue is { HasValue: true, Value: var constant }
            && (constant is false || (constant is string text && string.Equals(text, "none", System.StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        return value.WithoutConversions() switch
        {
            IMemberReferenceOperation { Member: var member } => !IsOff(member.Name),
            IObjectCreationOperation creation => !IsOff(creation.Type?.Name ?? "")
                && creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>().Any(a => a.Value.WithoutConversions() is IMemberReferenceOperation { Member: var set } && IsOff(set.Name)) != true,
            _ => true,
        };

        static bool IsOff(string name) => name == "None" || name.EndsWith("Disabled", System.StringComparison.Ordinal);
    }

    /// <summary>Was the client visibly created with a default output-token cap?</summary>
    public bool ClientHasDefaultCap
        => Client.Operations.Any(creation => _model.GetClientFactory(creation)?.CapParameter is { } parameter && Argument(creation, parameter) is { } value && !value.IsNullConstant());

    /// <summary>The SDK lets clients hold options for calls that pass none, and some creation of this client is not a visible factory call.</summary>
    public bool ClientOptionsUnseen
        => Request.Sdk.ClientFactories.Any(f => f.OptionsParameter is not null)
           && !(Client.Complete && Client.Operations.All(creation => _model.GetClientFactory(creation) is not null));

    /// <summary>The argument for <paramref name="parameter"/>, omitted optional arguments included.</summary>
    private static IArgumentOperation? ArgumentFor(ImmutableArray<IArgumentOperation> arguments, string parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameter)
                return argument;
        }

        return null;
    }

    /// <summary>The argument passed to <paramref name="parameter"/> of a creation; null when omitted.</summary>
    public static IOperation? Argument(IOperation creation, string parameter)
    {
        var arguments = creation switch
        {
            IObjectCreationOperation objectCreation => objectCreation.Arguments,
            IInvocationOperation invocation => invocation.Arguments,
            _ => default,
        };
        var argument = arguments.IsDefault ? null : ArgumentFor(arguments, parameter);
        return argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
    }

    private string? ResolveModelId()
    {
        // A model parameter of the method wins, then the options, then the client.
        if (Request.Descriptor.ModelParameter is { } parameter && Argument(Invocation, parameter) is { } argument)
            return ModelValue(argument);

        if (Request.Model is not null)
        {
            var state = Options[Request.ModelIndex];
            if (state.Has(ValuePaths.Unknown))
                return null;
            if (state.Has(ValuePaths.Set))
                return state.IsSetOnEveryPath ? Single(state.Values.Select(ModelValue)) : null;
        }

        var client = Client;
        if (!client.Complete)
            return null;
        _modelIsDeployment = client.Operations.Any(creation => _model.GetClientFactory(creation) is { ModelIsDeployment: true });
        return Single(client.Operations.Where(creation => _model.GetClientFactory(creation)?.InheritsReceiver != true).Select(creation =>
            _model.GetClientFactory(creation)?.ModelParameter is { } modelParameter && Argument(creation, modelParameter) is { } value ? ModelValue(value) : null));
    }

    private string? ModelValue(IOperation value)
    {
        if (Constants.TryGetString(value, out var id))
            return id;
        return Constants.EnumMember(value) is { } member ? _model.ModelIdOf(member) : null;
    }

    /// <summary>The one value all sources agree on; null when any is unknown or they differ.</summary>
    private static string? Single(IEnumerable<string?> values)
    {
        string? result = null;
        foreach (var value in values)
        {
            if (value is null || (result is not null && result != value))
                return null;
            result = value;
        }

        return result;
    }
}
