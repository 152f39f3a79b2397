using System.Linq;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

/// <summary>
/// Decides, inside one method body, whether an options object reaches a request call with its cap member set.
/// A structured must-analysis over statements in execution order: branches merge, loops may not run, and
/// anything it cannot see (a helper, a capture, an alias, goto) makes the answer unknown.
/// </summary>
internal sealed class CapFlow
{
    private readonly ISymbol _tracked;
    private readonly IPropertySymbol _cap;
    private readonly IOperation _target;
    private readonly SdkModel _model;
    private bool _found;
    private bool _unsupported;
    private CapState _atTarget;
    private CapState _breaks = CapState.Unreachable;
    private CapState _continues = CapState.Unreachable;

    private CapFlow(ISymbol tracked, IPropertySymbol cap, IOperation target, SdkModel model)
    {
        _tracked = tracked;
        _cap = cap;
        _target = target;
        _model = model;
    }

    /// <summary>The state of the options value passed as <paramref name="argument"/> to <paramref name="call"/>.</summary>
    public static CapState AtCall(IOperation argument, IInvocationOperation call, IPropertySymbol cap, SdkModel model)
    {
        var value = argument.WithoutConversions();
        ISymbol? tracked = value switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

        if (tracked is null)
            return new CapFlow(null!, cap, call, model).Evaluate(value, CapState.Unknown);

        var flow = new CapFlow(tracked, cap, call, model);
        flow.Execute(call.GetBodyRoot(), CapState.Unknown);
        return flow._found && !flow._unsupported ? flow._atTarget : CapState.Unknown;
    }

    private CapState Execute(IOperation operation, CapState state)
    {
        if (_found)
            return state;

        switch (operation)
        {
            case IMethodBodyBaseOperation body:
                return body.BlockBody is not null ? Execute(body.BlockBody, state)
                    : body.ExpressionBody is not null ? Execute(body.ExpressionBody, state)
                    : state;

            case IBlockOperation block:
                foreach (var child in block.Operations)
                {
                    state = Execute(child, state);
                    if (_found)
                        break;
                }

                return state;

            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.Initializer ?? declaration.Initializer;
                        if (initializer is not null)
                        {
                            state = Flow(initializer.Value, state);
                            if (_found)
                                return state;
                        }

                        if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, _tracked))
                            state = initializer is null ? CapState.Unreachable : Evaluate(initializer.Value, state);
                    }
                }

                return state;

            case IExpressionStatementOperation statement:
                return Flow(statement.Operation, state);

            case IConditionalOperation conditional:
            {
                state = Flow(conditional.Condition, state);
                var whenTrue = Execute(conditional.WhenTrue, state);
                if (_found)
                    return whenTrue;
                var whenFalse = conditional.WhenFalse is null ? state : Execute(conditional.WhenFalse, state);
                return whenTrue.Merge(whenFalse);
            }

            case IWhileLoopOperation { ConditionIsTop: false } doWhile:
                return Loop(() => Execute(doWhile.Body, state), before: CapState.Unreachable, bodyThenCondition: doWhile.Condition);

            case IWhileLoopOperation whileLoop:
            {
                if (whileLoop.Condition is not null)
                    state = Flow(whileLoop.Condition, state);
                var entry = state;
                return Loop(() => Execute(whileLoop.Body, entry), before: entry, bodyThenCondition: null);
            }

            case IForLoopOperation forLoop:
            {
                foreach (var before in forLoop.Before)
                    state = Execute(before, state);
                if (forLoop.Condition is not null)
                    state = Flow(forLoop.Condition, state);
                var entry = state;
                return Loop(() => Execute(forLoop.Body, entry), before: entry, bodyThenCondition: null);
            }

            case IForEachLoopOperation forEach:
            {
                state = Flow(forEach.Collection, state);
                var entry = state;
                return Loop(() => Execute(forEach.Body, entry), before: entry, bodyThenCondition: null);
            }

            case ISwitchOperation @switch:
            {
                state = Flow(@switch.Value, state);
                var outerBreaks = _breaks;
                _breaks = CapState.Unreachable;
                var result = CapState.Unreachable;
                var hasDefault = false;
                foreach (var section in @switch.Cases)
                {
                    hasDefault |= section.Clauses.Any(c => c.CaseKind == CaseKind.Default);
                    var sectionState = state;
                    foreach (var child in section.Body)
                    {
                        sectionState = Execute(child, sectionState);
                        if (_found)
                            return sectionState;
                    }

                    result = result.Merge(sectionState);
                }

                result = result.Merge(_breaks);
                _breaks = outerBreaks;
                return hasDefault ? result : result.Merge(state);
            }

            case ITryOperation @try:
            {
                var afterBody = Execute(@try.Body, state);
                if (_found)
                    return afterBody;
                var result = afterBody;
                var catchEntry = state.Merge(afterBody);
                foreach (var handler in @try.Catches)
                {
                    result = result.Merge(Execute(handler.Handler, catchEntry));
                    if (_found)
                        return result;
                }

                return @try.Finally is null ? result : Execute(@try.Finally, result);
            }

            case IUsingOperation @using:
                state = Execute(@using.Resources, state);
                return Execute(@using.Body, state);

            case ILockOperation @lock:
                state = Flow(@lock.LockedValue, state);
                return Execute(@lock.Body, state);

            case IReturnOperation @return:
                if (@return.ReturnedValue is not null)
                    state = Flow(@return.ReturnedValue, state);
                return @return.Kind == OperationKind.YieldReturn ? state : CapState.Unreachable;

            case IBranchOperation branch:
                switch (branch.BranchKind)
                {
                    case BranchKind.Break:
                        _breaks = _breaks.Merge(state);
                        break;
                    case BranchKind.Continue:
                        _continues = _continues.Merge(state);
                        break;
                    default:
                        _unsupported = true;
                        break;
                }

                return CapState.Unreachable;

            case ILabeledOperation:
                _unsupported = true;
                return state;

            case ILocalFunctionOperation localFunction:
                return References(localFunction) ? CapState.Unknown : state;

            default:
                return Flow(operation, state);
        }
    }

    private CapState Loop(System.Func<CapState> body, CapState before, IOperation? bodyThenCondition)
    {
        var outerBreaks = _breaks;
        var outerContinues = _continues;
        _breaks = CapState.Unreachable;
        _continues = CapState.Unreachable;
        var end = body();
        if (!_found)
        {
            end = end.Merge(_continues);
            if (bodyThenCondition is not null)
                end = Flow(bodyThenCondition, end);
            end = before.Merge(end).Merge(_breaks);
        }

        _breaks = outerBreaks;
        _continues = outerContinues;
        return end;
    }

    /// <summary>Runs an expression, applying what it does to the tracked object.</summary>
    private CapState Flow(IOperation operation, CapState state)
    {
        if (_found)
            return state;

        switch (operation)
        {
            case IInvocationOperation when operation == _target:
                state = FlowChildren(operation, state);
                _atTarget = state;
                _found = true;
                return state;

            case IAnonymousFunctionOperation or ILocalFunctionOperation:
                return References(operation) ? CapState.Unknown : state;

            case IMethodBodyBaseOperation or IBlockOperation or IVariableDeclarationGroupOperation or ILoopOperation or ISwitchOperation
                or ITryOperation or IUsingOperation or ILockOperation or IReturnOperation or IBranchOperation or ILabeledOperation:
                return Execute(operation, state);

            case ISimpleAssignmentOperation assignment when IsTracked(assignment.Target):
                state = Flow(assignment.Value, state);
                return Evaluate(assignment.Value, state);

            case ISimpleAssignmentOperation assignment when IsTrackedCap(assignment.Target):
                state = Flow(assignment.Value, state);
                return assignment.Value.IsNullConstant() ? state : state.WithCapAssigned();

            case ICoalesceAssignmentOperation coalesce when IsTracked(coalesce.Target):
            {
                var afterValue = Flow(coalesce.Value, state);
                var assigned = state.Has(CapPaths.Null) ? Evaluate(coalesce.Value, afterValue) : CapState.Unreachable;
                return state.Without(CapPaths.Null).Merge(assigned);
            }

            case ICoalesceAssignmentOperation coalesce when IsTrackedCap(coalesce.Target):
                state = Flow(coalesce.Value, state);
                return coalesce.Value.IsNullConstant() ? state : state.WithCapAssigned();

            case IDeconstructionAssignmentOperation deconstruction when References(deconstruction.Target):
                return CapState.Unknown;

            case ILocalReferenceOperation or IParameterReferenceOperation when IsTracked(operation):
                return Escapes(operation) ? CapState.Unknown : state;

            case IConditionalOperation conditional:
            {
                state = Flow(conditional.Condition, state);
                var whenTrue = Flow(conditional.WhenTrue, state);
                return conditional.WhenFalse is null ? whenTrue.Merge(state) : whenTrue.Merge(Flow(conditional.WhenFalse, state));
            }

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } binary:
                state = Flow(binary.LeftOperand, state);
                return state.Merge(Flow(binary.RightOperand, state));

            case ICoalesceOperation coalesceOperation:
                state = Flow(coalesceOperation.Value, state);
                return state.Merge(Flow(coalesceOperation.WhenNull, state));

            case IConditionalAccessOperation conditionalAccess:
                state = Flow(conditionalAccess.Operation, state);
                return state.Merge(Flow(conditionalAccess.WhenNotNull, state));

            case IThrowOperation:
                FlowChildren(operation, state);
                return CapState.Unreachable;

            default:
                return FlowChildren(operation, state);
        }
    }

    private CapState FlowChildren(IOperation operation, CapState state)
    {
        foreach (var child in operation.ChildOperations)
        {
            state = Flow(child, state);
            if (_found)
                break;
        }

        return state;
    }

    /// <summary>The state an assigned value gives the tracked object.</summary>
    private CapState Evaluate(IOperation value, CapState current)
    {
        value = value.WithoutConversions();
        switch (value)
        {
            case IObjectCreationOperation creation:
                return Creation(creation);
            case var _ when value.IsNullConstant():
                return CapState.Null;
            case IConditionalOperation { WhenFalse: not null } conditional:
                return Evaluate(conditional.WhenTrue, current).Merge(Evaluate(conditional.WhenFalse, current));
            case ICoalesceOperation coalesce:
            {
                var left = Evaluate(coalesce.Value, current);
                var right = left.Has(CapPaths.Null) ? Evaluate(coalesce.WhenNull, current) : CapState.Unreachable;
                return left.Without(CapPaths.Null).Merge(right);
            }

            case IWithOperation with:
            {
                var source = Evaluate(with.Operand, current).Without(CapPaths.Null);
                return InitializerSetsCap(with.Initializer) ? source.WithCapAssigned() : source;
            }

            case var _ when _tracked is not null && IsTracked(value):
                return current;
            default:
                return CapState.Unknown;
        }
    }

    private CapState Creation(IObjectCreationOperation creation)
    {
        if (InitializerSetsCap(creation.Initializer))
            return CapState.Set;
        if (creation.Constructor is not { } constructor)
            return CapState.Unknown;

        // A copy constructor, or one that claims to set the required members, may set the cap: we cannot see.
        var setsRequired = constructor.GetAttributes().Any(a => a.AttributeClass?.Name == "SetsRequiredMembersAttribute");
        if (setsRequired || constructor.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, constructor.ContainingType)))
            return CapState.Unknown;

        // A required cap is enforced by the compiler.
        return _cap.IsRequired ? CapState.Set : CapState.UnsetAt(creation);
    }

    private bool InitializerSetsCap(IObjectOrCollectionInitializerOperation? initializer)
        => initializer is not null && initializer.Initializers.Any(i =>
            i is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
            && IsCap(property.Property)
            && !assignment.Value.IsNullConstant());

    private bool IsCap(IPropertySymbol property)
    {
        for (IPropertySymbol? current = property; current is not null; current = current.OverriddenProperty)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, _cap))
                return true;
        }

        return false;
    }

    private bool IsTracked(IOperation operation)
        => operation.WithoutConversions() switch
        {
            ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, _tracked),
            IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, _tracked),
            _ => false,
        };

    private bool IsTrackedCap(IOperation operation)
        => operation is IPropertyReferenceOperation { Instance: { } instance } property && IsCap(property.Property) && IsTracked(instance);

    private bool References(IOperation operation)
        => operation.Descendants().Any(IsTracked);

    /// <summary>A use of the tracked object that may let other code change it: passed on, aliased, stored.</summary>
    private bool Escapes(IOperation reference)
    {
        var parent = reference.GetParentSkippingConversions(out var child);
        switch (parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation invocation }:
                return invocation != _target && !_model.IsRequest(invocation.TargetMethod);
            case IInvocationOperation invocation when invocation.Instance == child:
            case IMemberReferenceOperation member when member.Instance == child:
            case IBinaryOperation:
            case IIsPatternOperation:
            case IIsTypeOperation:
            case IConditionalAccessOperation access when access.Operation == child:
            case ISimpleAssignmentOperation assignment when assignment.Target == child:
            case ICoalesceAssignmentOperation coalesceAssignment when coalesceAssignment.Target == child:
                return false;
            default:
                return true;
        }
    }
}
