using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

/// <summary>What happens, inside one method body, to the response of a request call.</summary>
internal sealed class ResponseFacts
{
    public ResponseFacts(BoundResponse? response, BoundStream? stream)
    {
        Response = response;
        Stream = stream;
    }

    public BoundResponse? Response { get; }

    public BoundStream? Stream { get; }

    /// <summary>Generated content is read (text, content parts, tool calls).</summary>
    public bool Consumed { get; set; }

    /// <summary>The finish reason (or its equivalent) is read somewhere in the method.</summary>
    public bool Checked { get; set; }

    /// <summary>The content is parsed as structured data (JSON).</summary>
    public bool Structured { get; set; }

    /// <summary>The statement after which a guard goes; for a stream, the loop over it. Null when no fix can be placed.</summary>
    public IOperation? Anchor { get; set; }

    /// <summary>How code after <see cref="Anchor"/> reads the response (<c>completion</c>, <c>result.Value</c>).</summary>
    public string? Access { get; set; }

    /// <summary>When <see cref="Access"/> is null: the response expression inside <see cref="Anchor"/> that a fix can move into a new local.</summary>
    public IOperation? Expression { get; set; }

    /// <summary>The anchor is the body of an expression-bodied member or lambda (the fix turns it into a block).</summary>
    public bool ExpressionBody { get; set; }

    /// <summary>For a stream: the loop variable.</summary>
    public string? UpdateName { get; set; }

    public bool NeedsGuard => Consumed && !Checked;

    /// <summary>The guard fix's diagnostic properties, once built.</summary>
    public ImmutableDictionary<string, string?>? GuardFixProperties { get; set; }

    public bool CanFix => Anchor is not null && (Stream is not null ? UpdateName is not null : Access is not null || Expression is not null);

    /// <summary>The response, or for a stream its update type.</summary>
    public BoundOutput Output => (BoundOutput?)Response ?? Stream!;

    /// <summary>The member a user should read, for messages (<c>Response.FinishReason</c>).</summary>
    public string CheckDisplay => Output.CheckDisplay;

    /// <summary>The values that mean "cut off", quoted: <c>'MaxTokens' or 'ModelContextWindowExceeded'</c>.</summary>
    public string TruncationDisplay => Guard.ValuesDisplay;

    /// <summary>The guard that fits this compilation's SDK version.</summary>
    public GuardSpec Guard => Output.Guard;

    public int GuardVariant => Output.GuardVariant;
}

/// <summary>Follows the response of a request call: unwrapping, locals, member reads, loops over a stream.</summary>
internal static class ResponseFlow
{
    private const int MaxLocalHops = 2;

    /// <summary>Null when the response is not a known shape or leaves the method whole (the caller may check it).</summary>
    public static ResponseFacts? Analyze(IInvocationOperation call, SdkModel model)
    {
        var expression = Unwrap(call, model);
        var body = call.GetBodyRoot();
        var type = expression.Type;
        // A method that reads the finish reason anywhere needs no guard: nothing else about the response matters then.
        if ((model.GetResponse(type) ?? model.GetResponse(model.Unwrap(type))) is { } response)
        {
            var scan = new BodyScan(response, AssignedLocal(expression).Local);
            body.AnyInTree(scan, static (operation, scan) => scan.Visit(operation));
            return scan.Checked ? new ResponseFacts(response, stream: null) { Checked = true } : AnalyzeResponse(expression, response, model, body, scan);
        }

        if (model.GetStream(model.GetElementType(type) ?? model.GetElementType(model.Unwrap(type))) is { } stream)
            return ReferencesAny(body, stream.Checks) ? new ResponseFacts(response: null, stream) { Checked = true } : AnalyzeStream(expression, stream, model, body);
        return null;
    }

    /// <summary>Climbs from a call through <c>await</c>, conversions, <c>.Value</c> of result wrappers and stream aggregators.</summary>
    private static IOperation Unwrap(IOperation operation, SdkModel model)
    {
        var current = operation;
        while (true)
        {
            switch (current.Parent)
            {
                case IAwaitOperation or IConversionOperation or IParenthesizedOperation:
                case IPropertyReferenceOperation property when property.Instance == current && model.IsWrapperValue(property.Property):
                case IInvocationOperation invocation when invocation.Instance == current && model.IsAggregator(invocation.TargetMethod):
                    current = current.Parent;
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation invocation } argument
                    when invocation.Instance is null && invocation.Arguments.FirstOrDefault() == argument && model.IsAggregator(invocation.TargetMethod):
                    current = invocation;
                    continue;
                default:
                    return current;
            }
        }
    }

    private static ResponseFacts? AnalyzeResponse(IOperation expression, BoundResponse response, SdkModel model, IOperation body, BodyScan scan)
    {
        var facts = new ResponseFacts(response, stream: null);
        var (local, anchor, origin) = AssignedLocal(expression);
        if (local is null)
        {
            if (!ClassifyUse(expression, facts, model, body))
                return null;
            var statement = EnclosingStatement(expression);
            var expressionBody = statement is null ? ExpressionBody(expression) : null;
            statement ??= expressionBody;
            if (statement is not null && CanHoist(expression, statement))
            {
                facts.Anchor = statement;
                facts.Expression = expression;
                facts.ExpressionBody = expressionBody is not null;
            }
        }
        else
        {
            foreach (var reference in scan.LocalReferences)
            {
                if (reference == origin)
                    continue;
                if (reference.GetBodyRoot() != body || IsWrite(reference))
                    return null;
                if (!ClassifyUse(reference, facts, model, body))
                    return null;
            }

            if (anchor is not null)
            {
                facts.Anchor = anchor;
                if (model.Unwrap(local.Type) is null)
                    facts.Access = local.Name;
                else if (WrapperMember(expression, model) is { } member)
                    facts.Access = local.Name + "." + member;
            }
        }

        // Content on nested items (a choice's message) counts wherever the method reads it; the items themselves may leave unread.
        foreach (var read in scan.NestedContent)
        {
            facts.Consumed = true;
            if (facts.Structured)
                break;
            facts.Structured = ReachesParser(read, model, body, MaxLocalHops);
        }

        return facts;
    }

    /// <summary>
    /// One walk of the body for a response: does it read the finish reason (then nothing else matters), where is the
    /// response's local used, and where is content of nested items read, in source order.
    /// </summary>
    private sealed class BodyScan
    {
        private readonly BoundResponse _response;
        private readonly ILocalSymbol? _local;

        public BodyScan(BoundResponse response, ILocalSymbol? local)
        {
            _response = response;
            _local = local;
        }

        public bool Checked { get; private set; }

        public List<ILocalReferenceOperation> LocalReferences { get; } = new();

        public List<IOperation> NestedContent { get; } = new();

        /// <summary>True to stop the walk: the finish reason is read.</summary>
        public bool Visit(IOperation operation)
        {
            var kind = operation.Kind;
            if (kind == OperationKind.LocalReference)
            {
                if (_local is not null && SymbolEqualityComparer.Default.Equals(((ILocalReferenceOperation)operation).Local, _local))
                    LocalReferences.Add((ILocalReferenceOperation)operation);
                return false;
            }

            if (ReferencedSymbol(operation, kind) is not { } symbol)
                return false;
            if (_response.Checks.Contains(symbol))
                return Checked = true;
            if (kind is OperationKind.FieldReference or OperationKind.PropertyReference or OperationKind.MethodReference or OperationKind.EventReference or OperationKind.Invocation
                && _response.Content.Contains(symbol) && !IsMemberOf(_response.Type, symbol))
            {
                NestedContent.Add(operation);
            }

            return false;
        }
    }

    private static bool IsMemberOf(INamedTypeSymbol type, ISymbol member)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, member.ContainingType.OriginalDefinition))
                return true;
        }

        return false;
    }

    private static ResponseFacts? AnalyzeStream(IOperation expression, BoundStream stream, SdkModel model, IOperation body)
    {
        var facts = new ResponseFacts(response: null, stream);
        var loops = new List<IForEachLoopOperation>();
        var (local, _, _) = AssignedLocal(expression);
        if (local is null)
        {
            if (LoopOver(expression) is not { } loop)
                return null;
            loops.Add(loop);
        }
        else
        {
            foreach (var reference in References(body, local))
            {
                if (IsWrite(reference))
                    continue;

                // A plain result wrapper in the local: the loop is over its value (response.Stream).
                var enumerated = reference.Parent is IPropertyReferenceOperation value && value.Instance == reference && model.IsWrapperValue(value.Property) ? value : (IOperation)reference;
                if (reference.GetBodyRoot() != body || LoopOver(enumerated) is not { } loop)
                    return null;
                loops.Add(loop);
            }
        }

        foreach (var loop in loops)
        {
            if (loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol: var update })
                return null;
            foreach (var reference in References(loop.Body, update))
            {
                if (!IsMemberRead(reference))
                    return null;
            }

            if (ReferencesAny(loop.Body, stream.Content))
                facts.Consumed = true;
            if (facts.Anchor is null && EnclosingStatement(loop) == loop)
            {
                facts.Anchor = loop;
                facts.UpdateName = update.Name;
            }
        }

        return facts;
    }

    /// <summary>The foreach loop whose collection is <paramref name="stream"/>.</summary>
    private static IForEachLoopOperation? LoopOver(IOperation stream)
    {
        var current = stream;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
            current = current.Parent;
        return current.Parent is IForEachLoopOperation loop && loop.Collection == current ? loop : null;
    }

    /// <summary>The local that <paramref name="expression"/> initializes or is assigned to, that statement, and the assignment's target.</summary>
    private static (ILocalSymbol? Local, IOperation? Statement, IOperation? Origin) AssignedLocal(IOperation expression)
    {
        switch (expression.Parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return (declarator.Symbol, EnclosingStatement(declarator), null);
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == expression:
                return (target.Local, assignment.Parent as IExpressionStatementOperation, target);
            default:
                return (null, null, null);
        }
    }

    /// <summary>Records what one use of the response does; false when the whole response leaves (escapes).</summary>
    private static bool ClassifyUse(IOperation use, ResponseFacts facts, SdkModel model, IOperation body)
    {
        var current = use;
        while (true)
        {
            var parent = current.Parent;
            switch (parent)
            {
                case IParenthesizedOperation:
                case IConversionOperation when model.GetResponse(parent.Type) is not null:
                case IPropertyReferenceOperation property when property.Instance == current && model.IsWrapperValue(property.Property):
                    current = parent;
                    continue;
                case IMemberReferenceOperation member when member.Instance == current:
                    Classify(member.Member, member, facts, model, body);
                    return true;
                case IInvocationOperation invocation when invocation.Instance == current:
                    Classify(invocation.TargetMethod, invocation, facts, model, body);
                    return true;
                case IConditionalAccessOperation access when access.Operation == current:
                    var first = access.WhenNotNull.DescendantsAndSelf().FirstOrDefault(op =>
                        op is IMemberReferenceOperation { Instance: IConditionalAccessInstanceOperation } or IInvocationOperation { Instance: IConditionalAccessInstanceOperation });
                    if (first is IMemberReferenceOperation conditionalMember)
                        Classify(conditionalMember.Member, conditionalMember, facts, model, body);
                    else if (first is IInvocationOperation conditionalCall)
                        Classify(conditionalCall.TargetMethod, conditionalCall, facts, model, body);
                    return true;
                case IBinaryOperation or IIsPatternOperation or IIsTypeOperation or IExpressionStatementOperation:
                case ISwitchExpressionOperation switchExpression when switchExpression.Value == current:
                case ISwitchOperation @switch when @switch.Value == current:
                    return true;
                default:
                    return false;
            }
        }
    }

    private static void Classify(ISymbol member, IOperation read, ResponseFacts facts, SdkModel model, IOperation body)
    {
        // A read of the finish reason never gets here: Analyze stops at any read of it in the body.
        var response = facts.Response!;
        if (response.Content.Contains(member))
        {
            facts.Consumed = true;
            if (!facts.Structured && ReachesParser(read, model, body, MaxLocalHops))
                facts.Structured = true;
        }
    }

    /// <summary>Does the content read by <paramref name="read"/> flow (through member reads, string calls and locals) into a JSON parser?</summary>
    private static bool ReachesParser(IOperation read, SdkModel model, IOperation body, int hops)
    {
        var current = read;
        while (true)
        {
            var parent = current.Parent;
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation or IAwaitOperation:
                case IMemberReferenceOperation member when member.Instance == current:
                case IConditionalAccessOperation access when access.Operation == current || access.WhenNotNull == current:
                case ICoalesceOperation coalesce when coalesce.Value == current:
                    current = parent!;
                    continue;
                case IInvocationOperation call when call.Instance == current && !model.IsStructuredParser(call.TargetMethod):
                    // Content handed out through an out argument (TryPickText(out var text)) flows on through that local.
                    if (hops > 0 && OutLocals(call).Any(local => References(body, local).Any(r => !IsWrite(r) && ReachesParser(r, model, body, hops - 1))))
                        return true;
                    current = parent!;
                    continue;
                case IInvocationOperation invocation when invocation.Instance == current:
                    return true;
                case IArgumentOperation { Parent: IInvocationOperation invocation }:
                    return model.IsStructuredParser(invocation.TargetMethod);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } when hops > 0:
                    return References(body, declarator.Symbol).Any(r => ReachesParser(r, model, body, hops - 1));
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == current && hops > 0:
                    return References(body, target.Local).Any(r => r != target && ReachesParser(r, model, body, hops - 1));
                default:
                    return false;
            }
        }
    }

    private static IEnumerable<ILocalSymbol> OutLocals(IInvocationOperation invocation)
        => invocation.Arguments
            .Where(a => a.Parameter?.RefKind == RefKind.Out)
            .Select(a => a.Value switch
            {
                IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => declared.Local,
                ILocalReferenceOperation local => local.Local,
                _ => null,
            })
            .OfType<ILocalSymbol>();

    /// <summary>Can the fix move <paramref name="expression"/> into a local declared just before <paramref name="statement"/> without changing what runs first?</summary>
    private static bool CanHoist(IOperation expression, IOperation statement)
    {
        if (statement.Parent is not (IBlockOperation or ISwitchCaseOperation))
            return false;
        if (expression == statement || (statement is IReturnOperation { ReturnedValue: { } returned } && returned.WithoutConversions() == expression.WithoutConversions() && statement.IsImplicit))
            return true;

        for (var current = expression; current != statement; current = current.Parent!)
        {
            switch (current.Parent)
            {
                case IConversionOperation or IParenthesizedOperation or IAwaitOperation or IReturnOperation or IExpressionStatementOperation:
                case IVariableInitializerOperation or IVariableDeclaratorOperation or IVariableDeclarationOperation or IVariableDeclarationGroupOperation:
                case IMemberReferenceOperation member when member.Instance == current:
                case IInvocationOperation invocation when invocation.Instance == current:
                case IInvocationOperation when current is IArgumentOperation:
                case ISimpleAssignmentOperation assignment when assignment.Value == current && assignment.Target is ILocalReferenceOperation or IParameterReferenceOperation:
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                    // Arguments before it must have no side effects, or they would now run after the call.
                    if (invocation.Instance is { } instance && !IsSimple(instance))
                        return false;
                    foreach (var before in invocation.Arguments.TakeWhile(a => a != argument))
                    {
                        if (!IsSimple(before.Value))
                            return false;
                    }

                    continue;
                default:
                    return false;
            }
        }

        return true;

        static bool IsSimple(IOperation operation)
            => operation.WithoutConversions() is ILiteralOperation or ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation or IFieldReferenceOperation
               || operation.ConstantValue.HasValue;
    }

    /// <summary>The implicit return (or expression statement) of an expression-bodied member or lambda containing <paramref name="operation"/>.</summary>
    private static IOperation? ExpressionBody(IOperation operation)
    {
        for (var current = operation; current.Parent is { } parent; current = parent)
        {
            // Methods have an implicit return in an arrow-clause block; lambdas an implicit block.
            // A body that returns nothing ends with an implicit empty return.
            if (parent is IBlockOperation block && (block.IsImplicit || current.IsImplicit) && block.Operations[0] == current
                && (block.Operations.Length == 1 || (block.Operations.Length == 2 && block.Operations[1] is IReturnOperation { IsImplicit: true, ReturnedValue: null }))
                && current is IReturnOperation or IExpressionStatementOperation
                && block.Parent is IMethodBodyOperation or ILocalFunctionOperation or IAnonymousFunctionOperation)
            {
                return current;
            }

            if (parent is IBlockOperation or IAnonymousFunctionOperation or ILocalFunctionOperation)
                return null;
        }

        return null;
    }

    /// <summary>The statement (written in source, directly in a block) that contains <paramref name="operation"/>.</summary>
    private static IOperation? EnclosingStatement(IOperation operation)
    {
        for (var current = operation; current.Parent is { } parent; current = parent)
        {
            if (parent is IBlockOperation)
                return current.IsImplicit || (parent.IsImplicit && parent.Syntax is not CompilationUnitSyntax) ? null : current;
            if (parent is ISwitchCaseOperation section)
                return section.Body.Contains(current) && !current.IsImplicit ? current : null;
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                return null;
        }

        return null;
    }

    private static string? WrapperMember(IOperation expression, SdkModel model)
        => (expression.Type as INamedTypeSymbol)?.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(model.IsWrapperValue)?.Name;

    /// <summary>The reads and writes of <paramref name="local"/> under <paramref name="root"/>, in source order.</summary>
    private static List<ILocalReferenceOperation> References(IOperation root, ILocalSymbol local)
    {
        var found = new List<ILocalReferenceOperation>();
        root.AnyInTree((local, found), static (operation, state) =>
        {
            if (operation.Kind == OperationKind.LocalReference && SymbolEqualityComparer.Default.Equals(((ILocalReferenceOperation)operation).Local, state.local))
                state.found.Add((ILocalReferenceOperation)operation);
            return false;
        });
        return found;
    }

    private static bool IsWrite(IOperation reference)
        => reference.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == reference,
            IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } => true,
            _ => false,
        };

    /// <summary>A use of a loop variable that only reads from it (does not let the update object leave).</summary>
    private static bool IsMemberRead(IOperation reference)
    {
        var current = reference;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
            current = current.Parent;
        return current.Parent switch
        {
            IMemberReferenceOperation member => member.Instance == current,
            IInvocationOperation invocation => invocation.Instance == current,
            IConditionalAccessOperation access => access.Operation == current,
            IIsPatternOperation or IIsTypeOperation or IBinaryOperation => true,
            ISwitchExpressionOperation switchExpression => switchExpression.Value == current,
            ISwitchOperation @switch => @switch.Value == current,
            _ => false,
        };
    }

    /// <summary>Does <paramref name="root"/> read one of <paramref name="symbols"/>, or test for one of its types?</summary>
    private static bool ReferencesAny(IOperation root, SymbolSet symbols)
        => !symbols.IsEmpty && root.AnyInTree(symbols, static (operation, symbols) => ReferencedSymbol(operation, operation.Kind) is { } symbol && symbols.Contains(symbol));

    private static ISymbol? ReferencedSymbol(IOperation operation, OperationKind kind)
        => kind switch
        {
            OperationKind.FieldReference or OperationKind.PropertyReference or OperationKind.MethodReference or OperationKind.EventReference
                => ((IMemberReferenceOperation)operation).Member,
            OperationKind.Invocation => ((IInvocationOperation)operation).TargetMethod,
            OperationKind.IsType => ((IIsTypeOperation)operation).TypeOperand,
            OperationKind.DeclarationPattern => ((IDeclarationPatternOperation)operation).MatchedType,
            OperationKind.TypePattern => ((ITypePatternOperation)operation).MatchedType,
            OperationKind.RecursivePattern => ((IRecursivePatternOperation)operation).MatchedType,
            OperationKind.Conversion when !operation.IsImplicit => operation.Type,
            _ => null,
        };
}
