using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

/// <summary>
/// Decides, inside one method body, what an options object holds when it reaches a request call: for each tracked
/// member, whether it is set on every path and which assigned values reach the call. A structured analysis over
/// statements in execution order: branches merge, loops may not run, and anything it cannot see (a helper, a capture,
/// an alias, goto) makes the answer unknown.
/// </summary>
internal sealed class OptionsFlow
{
    private readonly ISymbol? _tracked;
    private readonly ImmutableArray<MemberPath> _members;
    private readonly ImmutableArray<string> _passThrough;
    private readonly IOperation _target;
    private readonly SdkModel _model;
    private readonly OptionsState _unreachable;
    private readonly OptionsState _unknown;
    private bool _found;
    private bool _unsupported;
    private OptionsState _atTarget;
    private OptionsState _breaks;
    private OptionsState _continues;

    private OptionsFlow(ISymbol? tracked, ImmutableArray<MemberPath> members, ImmutableArray<string> passThrough, IOperation target, SdkModel model)
    {
        _tracked = tracked;
        _members = members;
        _passThrough = passThrough;
        _target = target;
        _model = model;
        _unreachable = OptionsState.All(members.Length, MemberState.Unreachable);
        _unknown = OptionsState.All(members.Length, MemberState.Unknown);
        _breaks = _unreachable;
        _continues = _unreachable;
    }

    /// <summary>The state of the options value passed as <paramref name="argument"/> to <paramref name="call"/>.</summary>
    public static OptionsState AtCall(IOperation argument, IInvocationOperation call, ImmutableArray<MemberPath> members, ImmutableArray<string> passThrough, SdkModel model)
    {
        var value = argument.WithoutConversions();
        ISymbol? tracked = value switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

        if (tracked is null)
        {
            var direct = new OptionsFlow(null, members, passThrough, call, model);
            return direct.Evaluate(value, direct._unknown);
        }

        var flow = new OptionsFlow(tracked, members, passThrough, call, model);
        flow.Execute(call.GetBodyRoot(), flow._unknown);
        return flow._found && !flow._unsupported ? flow._atTarget : flow._unknown;
    }

    private OptionsState Execute(IOperation operation, OptionsState state)
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
                            state = initializer is null ? _unreachable : Evaluate(initializer.Value, state);
                    }
                }

                return state;

            case IExpressionStatementOperation statement:
                return Flow(statement.Operation, state);

            case IConditionalOperation conditional:
            {
                state = Flow(conditional.Condition, state);
                var whenTrue = Execute(conditional.WhenTrue, NotNull(state, conditional.Condition, whenTrue: true));
                if (_found)
                    return whenTrue;
                var falseEntry = NotNull(state, conditional.Condition, whenTrue: false);
                var whenFalse = conditional.WhenFalse is null ? falseEntry : Execute(conditional.WhenFalse, falseEntry);
                return whenTrue.Merge(whenFalse);
            }

            case IWhileLoopOperation { ConditionIsTop: false } doWhile:
                return Loop(() => Execute(doWhile.Body, state), before: _unreachable, bodyThenCondition: doWhile.Condition);

            case IWhileLoopOperation whileLoop:
            {
                if (whileLoop.Condition is not null)
                    state = Flow(whileLoop.Condition, state);
                var entry = state;
                return Loop(() => Execute(whileLoop.Body, entry), before: ExitsOnlyByBreak(whileLoop.Condition) ? null : entry, bodyThenCondition: null);
            }

            case IForLoopOperation forLoop:
            {
                foreach (var before in forLoop.Before)
                    state = Execute(before, state);
                if (forLoop.Condition is not null)
                    state = Flow(forLoop.Condition, state);
                var entry = state;
                return Loop(() => Execute(forLoop.Body, entry), before: ExitsOnlyByBreak(forLoop.Condition) ? null : entry, bodyThenCondition: null);
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
                _breaks = _unreachable;
                var result = _unreachable;
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
                return @return.Kind == OperationKind.YieldReturn ? state : _unreachable;

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

                return _unreachable;

            case ILabeledOperation:
                _unsupported = true;
                return state;

            case ILocalFunctionOperation localFunction:
                return References(localFunction) ? _unknown : state;

            default:
                return Flow(operation, state);
        }
    }

    /// <summary><c>while (true)</c> and <c>for (;;)</c> leave only through a break: the body's end loops back.</summary>
    private static bool ExitsOnlyByBreak(IOperation? condition)
        => condition is null || condition.ConstantValue is { HasValue: true, Value: true };

    /// <summary>
    /// The state on the branch where <paramref name="condition"/> is <paramref name="whenTrue"/>: members the condition
    /// proves non-null (<c>if (o.Max is null) return;</c>, <c>o.Max.HasValue</c>, <c>o.Max &gt; 0</c>) are set there.
    /// </summary>
    private OptionsState NotNull(OptionsState state, IOperation condition, bool whenTrue)
    {
        foreach (var member in NonNullMembers(condition.WithoutConversions(), whenTrue))
        {
            for (var i = 0; i < _members.Length; i++)
            {
                var path = _members[i];
                if (member.Depth == path.Last && !path.IsList && path.Matches(member.Depth, member.Name))
                    state = state.With(i, state[i].Without(ValuePaths.Unset));
            }
        }

        return state;
    }

    private IEnumerable<(int Depth, string Name)> NonNullMembers(IOperation condition, bool whenTrue)
    {
        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return NonNullMembers(not.Operand.WithoutConversions(), !whenTrue);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } when whenTrue:
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } when !whenTrue:
            {
                var binary = (IBinaryOperation)condition;
                return NonNullMembers(binary.LeftOperand.WithoutConversions(), whenTrue).Concat(NonNullMembers(binary.RightOperand.WithoutConversions(), whenTrue));
            }

            case IBinaryOperation binary when Compared(binary) is { } compared:
            {
                var againstNull = compared.Other.IsNullConstant();
                var nonNull = binary.OperatorKind switch
                {
                    BinaryOperatorKind.Equals => againstNull ? !whenTrue : whenTrue && compared.Other.ConstantValue.HasValue,
                    BinaryOperatorKind.NotEquals => againstNull && whenTrue,
                    BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual => whenTrue,
                    _ => false,
                };
                return nonNull ? new[] { compared.Member } : Enumerable.Empty<(int, string)>();
            }

            case IPropertyReferenceOperation { Property.Name: "HasValue" } hasValue when whenTrue && hasValue.Instance is { } instance && TrackedMember(instance.WithoutConversions()) is { } member:
                return new[] { member };
            case IIsPatternOperation pattern when TrackedMember(pattern.Value.WithoutConversions()) is { } member
                && (whenTrue ? RejectsNull(pattern.Pattern) : AcceptsNull(pattern.Pattern)):
                return new[] { member };
            default:
                return Enumerable.Empty<(int, string)>();
        }

        ((int Depth, string Name) Member, IOperation Other)? Compared(IBinaryOperation binary)
            => TrackedMember(binary.LeftOperand.WithoutConversions()) is { } left ? (left, binary.RightOperand.WithoutConversions())
                : TrackedMember(binary.RightOperand.WithoutConversions()) is { } right ? (right, binary.LeftOperand.WithoutConversions())
                : null;
    }

    /// <summary>The pattern never matches null.</summary>
    private static bool RejectsNull(IPatternOperation pattern)
        => pattern switch
        {
            IConstantPatternOperation constant => !constant.Value.WithoutConversions().IsNullConstant(),
            IDeclarationPatternOperation declaration => !declaration.MatchesNull,
            IRecursivePatternOperation or ITypePatternOperation or IRelationalPatternOperation => true,
            INegatedPatternOperation negated => AcceptsNull(negated.Pattern),
            IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both => RejectsNull(both.LeftPattern) || RejectsNull(both.RightPattern),
            IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either => RejectsNull(either.LeftPattern) && RejectsNull(either.RightPattern),
            _ => false,
        };

    /// <summary>The pattern always matches null.</summary>
    private static bool AcceptsNull(IPatternOperation pattern)
        => pattern switch
        {
            IConstantPatternOperation constant => constant.Value.WithoutConversions().IsNullConstant(),
            IDiscardPatternOperation => true,
            IDeclarationPatternOperation declaration => declaration.MatchesNull,
            INegatedPatternOperation negated => RejectsNull(negated.Pattern),
            IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either => AcceptsNull(either.LeftPattern) || AcceptsNull(either.RightPattern),
            IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both => AcceptsNull(both.LeftPattern) && AcceptsNull(both.RightPattern),
            _ => false,
        };

    /// <param name="before">The state when the loop is left before its first iteration; null when only a break leaves it.</param>
    private OptionsState Loop(System.Func<OptionsState> body, OptionsState? before, IOperation? bodyThenCondition)
    {
        var outerBreaks = _breaks;
        var outerContinues = _continues;
        _breaks = _unreachable;
        _continues = _unreachable;
        var end = body();
        if (!_found)
        {
            end = end.Merge(_continues);
            if (bodyThenCondition is not null)
                end = Flow(bodyThenCondition, end);
            end = before is { } leftEarly ? leftEarly.Merge(end).Merge(_breaks) : _breaks;
        }

        _breaks = outerBreaks;
        _continues = outerContinues;
        return end;
    }

    /// <summary>Runs an expression, applying what it does to the tracked object.</summary>
    private OptionsState Flow(IOperation operation, OptionsState state)
    {
        if (_found)
            return state;

        // The most frequent kinds first, by Kind: the type tests below are the slow path of this walk.
        switch (operation.Kind)
        {
            case OperationKind.Literal or OperationKind.InstanceReference or OperationKind.DefaultValue or OperationKind.TypeOf:
                return state;
            case OperationKind.LocalReference or OperationKind.ParameterReference:
                return IsTracked(operation) && Escapes(operation) ? _unknown : state;
            case OperationKind.Conversion or OperationKind.Argument or OperationKind.Parenthesized or OperationKind.Await
                or OperationKind.InterpolatedString or OperationKind.Interpolation or OperationKind.FieldReference
                or OperationKind.ObjectCreation or OperationKind.ObjectOrCollectionInitializer or OperationKind.MemberInitializer
                or OperationKind.Unary or OperationKind.ArrayCreation or OperationKind.ArrayInitializer or OperationKind.ArrayElementReference
                or OperationKind.IsType or OperationKind.IsPattern or OperationKind.Tuple or OperationKind.DeclarationExpression
                or OperationKind.VariableDeclaration or OperationKind.VariableDeclarator or OperationKind.VariableInitializer
                or OperationKind.ExpressionStatement or OperationKind.MethodReference or OperationKind.DelegateCreation
                or OperationKind.Increment or OperationKind.Decrement or OperationKind.NameOf:
                return FlowChildren(operation, state);

            // A call that is neither the request nor on a member of the tracked object (options.StopSequences.Add(…)).
            case OperationKind.Invocation when operation != _target && ((IInvocationOperation)operation).Instance?.Kind != OperationKind.PropertyReference:
                return FlowChildren(operation, state);
        }

        switch (operation)
        {
            case IInvocationOperation when operation == _target:
                state = FlowChildren(operation, state);
                _atTarget = state;
                _found = true;
                return state;

            case IAnonymousFunctionOperation or ILocalFunctionOperation:
                return References(operation) ? _unknown : state;

            case IPropertyReferenceOperation or IAssignmentOperation when PassesThrough(operation):
                return _unknown;

            case IMethodBodyBaseOperation or IBlockOperation or IVariableDeclarationGroupOperation or ILoopOperation or ISwitchOperation
                or ITryOperation or IUsingOperation or ILockOperation or IReturnOperation or IBranchOperation or ILabeledOperation:
                return Execute(operation, state);

            case ISimpleAssignmentOperation assignment when IsTracked(assignment.Target):
                state = Flow(assignment.Value, state);
                return Evaluate(assignment.Value, state);

            case ISimpleAssignmentOperation assignment when TrackedMember(assignment.Target) is { } member:
                state = Flow(assignment.Value, state);
                return Assign(state, member.Depth, member.Name, assignment.Value, ifUnset: false);

            case ICoalesceAssignmentOperation coalesce when IsTracked(coalesce.Target):
            {
                var afterValue = Flow(coalesce.Value, state);
                var wasNull = state.Members.Any(m => m.Has(ValuePaths.Null));
                var assigned = wasNull ? Evaluate(coalesce.Value, afterValue) : _unreachable;
                return state.Select(m => m.Without(ValuePaths.Null)).Merge(assigned);
            }

            case IInvocationOperation { Instance: { } instance } invocation when TrackedMember(instance) is { } list && ListIndexes(list.Depth, list.Name).Any():
            {
                state = FlowChildren(operation, state);
                var argument = invocation.Arguments.FirstOrDefault()?.Value;
                foreach (var i in ListIndexes(list.Depth, list.Name))
                {
                    state = state.With(i, invocation.TargetMethod.Name switch
                    {
                        "Add" when argument is not null => state[i].Appended(ImmutableArray.Create(argument)),
                        "AddRange" when argument is not null && Items(argument) is { } items => state[i].Appended(items),
                        "Clear" => state[i].Emptied(),
                        "Contains" or "IndexOf" or "GetEnumerator" or "CopyTo" or "ToString" or "GetHashCode" or "Equals" => state[i],
                        _ => MemberState.Unknown,
                    });
                }

                return state;
            }

            case IPropertyReferenceOperation property when TrackedMember(property) is { } read && ListIndexes(read.Depth, read.Name).Any() && LetsListChange(property):
                foreach (var i in ListIndexes(read.Depth, read.Name))
                    state = state.With(i, MemberState.Unknown);
                return state;

            case ICoalesceAssignmentOperation coalesce when TrackedMember(coalesce.Target) is { } member:
                state = Flow(coalesce.Value, state);
                return Assign(state, member.Depth, member.Name, coalesce.Value, ifUnset: true);

            case IDeconstructionAssignmentOperation deconstruction when References(deconstruction.Target):
                return _unknown;

            case IConditionalOperation conditional:
            {
                state = Flow(conditional.Condition, state);
                var whenTrue = Flow(conditional.WhenTrue, state);
                return conditional.WhenFalse is null ? whenTrue.Merge(state) : whenTrue.Merge(Flow(conditional.WhenFalse, state));
            }

            // Arms are alternatives: one that throws leaves the others reachable.
            case ISwitchExpressionOperation switchExpression:
            {
                state = Flow(switchExpression.Value, state);
                var afterArms = _unreachable;
                foreach (var arm in switchExpression.Arms)
                {
                    afterArms = afterArms.Merge(FlowChildren(arm, state));
                    if (_found)
                        break;
                }

                return afterArms;
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
                return _unreachable;

            default:
                return FlowChildren(operation, state);
        }
    }

    private OptionsState FlowChildren(IOperation operation, OptionsState state)
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
    private OptionsState Evaluate(IOperation value, OptionsState current)
    {
        value = value.WithoutConversions();
        switch (value)
        {
            case IObjectCreationOperation creation when !_passThrough.IsEmpty && creation.Initializer?.Initializers.Any(i => InitializedMember(i) is { } name && _passThrough.Contains(name)) == true:
                return _unknown;
            case IObjectCreationOperation creation:
            {
                var properties = creation.Type is { } type ? _model.FindProperties(type, _members) : null;
                return ForEachMember(i => Creation(creation, creation.Initializer, _members[i], 0, properties?[i]));
            }

            case var _ when value.IsNullConstant():
                return OptionsState.All(_members.Length, MemberState.Null);
            case IConditionalOperation { WhenFalse: not null } conditional:
                return Evaluate(conditional.WhenTrue, current).Merge(Evaluate(conditional.WhenFalse, current));
            case ICoalesceOperation coalesce:
            {
                var left = Evaluate(coalesce.Value, current);
                var right = left.Members.Any(m => m.Has(ValuePaths.Null)) ? Evaluate(coalesce.WhenNull, current) : _unreachable;
                return left.Select(m => m.Without(ValuePaths.Null)).Merge(right);
            }

            case IWithOperation with:
            {
                var source = Evaluate(with.Operand, current).Select(m => m.Without(ValuePaths.Null));
                return ForEachMember(i => InitializerValue(with.Initializer, _members[i], 0) is { } set ? set : source[i]);
            }

            case var _ when _tracked is not null && IsTracked(value):
                return current;
            default:
                return _unknown;
        }
    }

    private OptionsState ForEachMember(System.Func<int, MemberState> state)
    {
        var members = ImmutableArray.CreateBuilder<MemberState>(_members.Length);
        for (var i = 0; i < _members.Length; i++)
            members.Add(state(i));
        return new OptionsState(members.MoveToImmutable());
    }

    /// <summary>The member at <paramref name="depth"/> of <paramref name="path"/> on a new object (a creation or a nested member initializer).</summary>
    private MemberState Creation(IOperation creation, IObjectOrCollectionInitializerOperation? initializer, MemberPath path, int depth, IPropertySymbol? property = null)
    {
        if (InitializerValue(initializer, path, depth) is { } fromInitializer)
            return fromInitializer;

        property ??= _model.FindProperty(creation.Type, path, depth);
        if (property is null)
            return MemberState.Unknown;

        if (creation is IObjectCreationOperation { Constructor: { } constructor } objectCreation)
        {
            // A constructor parameter named after the member sets it (new Options(model, items), new Thinking(2048)).
            foreach (var argument in objectCreation.Arguments)
            {
                if (!string.Equals(argument.Parameter?.Name, property.Name, System.StringComparison.OrdinalIgnoreCase))
                    continue;
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                    break;
                if (argument.Value.IsNullConstant())
                    return MemberState.UnsetAt(creation);
                return depth < path.Last ? Nested(argument.Value, path, depth) : path.IsList ? ListValue(argument.Value) : MemberState.SetTo(argument.Value);
            }

            if (_model.MaySetAnyMember(constructor))
                return MemberState.Unknown;
        }

        // A required member is enforced by the compiler.
        return depth == path.Last && property.IsRequired ? MemberState.SetUnseen() : MemberState.UnsetAt(creation);
    }

    /// <summary>What an object initializer says about the member; null when it does not mention it.</summary>
    private MemberState? InitializerValue(IObjectOrCollectionInitializerOperation? initializer, MemberPath path, int depth)
    {
        if (initializer is null)
            return null;

        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when path.Matches(depth, property.Property.Name):
                    // "= null" leaves the member as the constructor made it.
                    return assignment.Value.IsNullConstant() ? null : Nested(assignment.Value, path, depth);
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } nested when path.Matches(depth, property.Property.Name):
                    if (depth < path.Last)
                        return Creation(nested, nested.Initializer, path, depth + 1);
                    return path.IsList && Items(nested) is { } added ? MemberState.Items(added) : MemberState.Unknown;
            }
        }

        return null;
    }

    /// <summary>The member state after assigning <paramref name="value"/> to the step <paramref name="depth"/> of <paramref name="path"/>.</summary>
    private MemberState Nested(IOperation value, MemberPath path, int depth)
    {
        if (depth == path.Last)
            return value.IsNullConstant() ? MemberState.Unknown : path.IsList ? ListValue(value) : MemberState.SetTo(value);

        return value.WithoutConversions() switch
        {
            IObjectCreationOperation creation => Creation(creation, creation.Initializer, path, depth + 1),
            _ => MemberState.Unknown,
        };
    }

    private OptionsState Assign(OptionsState state, int depth, string name, IOperation value, bool ifUnset)
    {
        for (var i = 0; i < _members.Length; i++)
        {
            var path = _members[i];
            if (depth > path.Last || !path.Matches(depth, name))
                continue;
            if (depth == path.Last && path.IsList)
                state = state.With(i, ifUnset ? MemberState.Unknown : value.IsNullConstant() ? state[i].Emptied() : ListValue(value));
            else if (depth == path.Last)
                state = state.With(i, value.IsNullConstant() ? (ifUnset ? state[i] : state[i].Cleared()) : ifUnset ? state[i].AssignedIfUnset(value) : state[i].Assigned(value));
            else if (!ifUnset)
                state = state.With(i, state[i].Has(ValuePaths.Null) ? state[i] : Nested(value, path, depth));
            else
                state = state.With(i, MemberState.Unknown);
        }

        return state;
    }

    /// <summary>A collection assigned to a list member: its items when they are written out, unknown otherwise.</summary>
    private static MemberState ListValue(IOperation value)
        => Items(value) is { } items ? MemberState.Items(items) : MemberState.Unknown;

    /// <summary>
    /// The items of a collection written out in place: an array creation, a collection expression, <c>new List&lt;string&gt; { … }</c>,
    /// or a member collection initializer (<c>StopSequences = { … }</c>). Null for anything else (or a spread).
    /// </summary>
    private static ImmutableArray<IOperation>? Items(IOperation value)
    {
        value = value.WithoutConversions();
        switch (value)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues;
            case IArrayCreationOperation array when array.DimensionSizes.All(d => d.ConstantValue.HasValue && d.ConstantValue.Value is 0):
                return ImmutableArray<IOperation>.Empty;
            case IObjectCreationOperation { Initializer: { } initializer } when initializer.Initializers.All(i => i is IInvocationOperation { Arguments.Length: 1 }):
                return initializer.Initializers.Select(i => ((IInvocationOperation)i).Arguments[0].Value).ToImmutableArray();
            case IObjectCreationOperation { Initializer: null, Arguments.Length: 0 }:
                return ImmutableArray<IOperation>.Empty;
            case IMemberInitializerOperation { Initializer: var initializer } when initializer.Initializers.All(i => i is IInvocationOperation { Arguments.Length: 1 }):
                return initializer.Initializers.Select(i => ((IInvocationOperation)i).Arguments[0].Value).ToImmutableArray();
            case var _ when value.Kind == CollectionExpressionKind && !value.ChildOperations.Any(c => c.Kind == SpreadKind):
                return value.ChildOperations.ToImmutableArray();
            default:
                return null;
        }
    }

    // C# 12 collection expressions and spreads have no operation kind in Roslyn 4.5: the host's kinds, found by name once
    // (a value no operation has when the host lacks them).
    private static readonly OperationKind CollectionExpressionKind = KindNamed("CollectionExpression");
    private static readonly OperationKind SpreadKind = KindNamed("Spread");

    private static OperationKind KindNamed(string name)
        => System.Enum.TryParse<OperationKind>(name, out var kind) ? kind : (OperationKind)(-1);

    /// <summary>Indexes of tracked list members that a read chain of this depth and last name designates.</summary>
    private IEnumerable<int> ListIndexes(int depth, string name)
    {
        for (var i = 0; i < _members.Length; i++)
        {
            if (_members[i].IsList && depth == _members[i].Last && _members[i].Matches(depth, name))
                yield return i;
        }
    }

    /// <summary>A read of a list member that lets other code change it (passed on, stored), as opposed to reading its items.</summary>
    private static bool LetsListChange(IPropertyReferenceOperation list)
    {
        var parent = list.GetParentSkippingConversions(out var child);
        return parent switch
        {
            IInvocationOperation invocation => invocation.Instance != child,
            IMemberReferenceOperation member => member.Instance != child,
            IForEachLoopOperation loop => loop.Collection != child,
            IAssignmentOperation assignment => assignment.Target != child,
            IBinaryOperation or IIsPatternOperation or IIsTypeOperation => false,
            IArgumentOperation => true,
            _ => true,
        };
    }

    private bool IsTracked(IOperation operation)
    {
        operation = operation.WithoutConversions();
        return operation.Kind switch
        {
            OperationKind.LocalReference => SymbolEqualityComparer.Default.Equals(((ILocalReferenceOperation)operation).Local, _tracked),
            OperationKind.ParameterReference => SymbolEqualityComparer.Default.Equals(((IParameterReferenceOperation)operation).Parameter, _tracked),
            _ => false,
        };
    }

    /// <summary>A property-read chain on the tracked object (<c>options.A.B</c>): its depth and the last member's name.</summary>
    private (int Depth, string Name)? TrackedMember(IOperation target)
    {
        if (target is not IPropertyReferenceOperation property)
            return null;
        var depth = 0;
        for (var instance = property.Instance; instance is IPropertyReferenceOperation inner; instance = inner.Instance)
            depth++;
        var root = property;
        while (root.Instance is IPropertyReferenceOperation inner)
            root = inner;
        return root.Instance is { } rootInstance && IsTracked(rootInstance) ? (depth, property.Property.Name) : null;
    }

    /// <summary>A use of a pass-through member of the tracked object: a read (<c>options.AdditionalProperties[…]</c>) or an assignment to it.</summary>
    private bool PassesThrough(IOperation operation)
    {
        if (_passThrough.IsEmpty)
            return false;
        if (operation is IAssignmentOperation assignment)
            operation = assignment.Target;
        if (operation is not IPropertyReferenceOperation property)
            return false;
        while (property.Instance is IPropertyReferenceOperation inner)
            property = inner;
        return property.Instance is { } root && IsTracked(root) && _passThrough.Contains(property.Property.Name);
    }

    private static string? InitializedMember(IOperation initializer)
        => initializer switch
        {
            IAssignmentOperation { Target: IMemberReferenceOperation target } => target.Member.Name,
            IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation member } => member.Member.Name,
            _ => null,
        };

    private bool References(IOperation operation)
        => operation.AnyInTree(this, static (candidate, flow) => flow.IsTracked(candidate));

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
