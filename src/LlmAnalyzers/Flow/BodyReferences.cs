using System.Collections.Generic;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

/// <summary>
/// The symbol and local references of one body, collected in one walk, in source order. A response's flow asks several
/// questions of the same body (is the finish reason read? where is this local used? is content read?): each scans
/// these lists instead of walking the body again.
/// </summary>
internal sealed class BodyReferences
{
    private readonly List<(IOperation Operation, ISymbol Symbol, bool IsMember)> _symbols = new();
    private readonly List<ILocalReferenceOperation> _locals = new();

    public BodyReferences(IOperation body)
    {
        Body = body;
        body.AnyInTree(this, static (operation, self) =>
        {
            self.Add(operation);
            return false;
        });
    }

    public IOperation Body { get; }

    private void Add(IOperation operation)
    {
        switch (operation.Kind)
        {
            case OperationKind.LocalReference:
                _locals.Add((ILocalReferenceOperation)operation);
                break;
            case OperationKind.FieldReference or OperationKind.PropertyReference or OperationKind.MethodReference or OperationKind.EventReference:
                _symbols.Add((operation, ((IMemberReferenceOperation)operation).Member, true));
                break;
            case OperationKind.Invocation:
                _symbols.Add((operation, ((IInvocationOperation)operation).TargetMethod, true));
                break;
            case OperationKind.IsType:
                _symbols.Add((operation, ((IIsTypeOperation)operation).TypeOperand, false));
                break;
            case OperationKind.DeclarationPattern when ((IDeclarationPatternOperation)operation).MatchedType is { } type:
                _symbols.Add((operation, type, false));
                break;
            case OperationKind.TypePattern:
                _symbols.Add((operation, ((ITypePatternOperation)operation).MatchedType, false));
                break;
            case OperationKind.RecursivePattern when ((IRecursivePatternOperation)operation).MatchedType is { } type:
                _symbols.Add((operation, type, false));
                break;
            case OperationKind.Conversion when !operation.IsImplicit && operation.Type is { } type:
                _symbols.Add((operation, type, false));
                break;
        }
    }

    /// <summary>Does the body (or the part of it within <paramref name="within"/>) read one of <paramref name="symbols"/>, or test for one of its types?</summary>
    public bool ReferencesAny(SymbolSet symbols, IOperation? within = null)
    {
        if (symbols.IsEmpty)
            return false;
        var span = within?.Syntax.Span;
        foreach (var (operation, symbol, _) in _symbols)
        {
            if (symbols.Contains(symbol) && (span is null || span.Value.Contains(operation.Syntax.Span)))
                return true;
        }

        return false;
    }

    /// <summary>The member reads and calls of the body, in source order.</summary>
    public IEnumerable<(IOperation Operation, ISymbol Member)> Members()
    {
        foreach (var (operation, symbol, isMember) in _symbols)
        {
            if (isMember)
                yield return (operation, symbol);
        }
    }

    /// <summary>The reads and writes of <paramref name="local"/> (within <paramref name="within"/>, if given), in source order.</summary>
    public List<ILocalReferenceOperation> Of(ILocalSymbol local, IOperation? within = null)
    {
        var span = within?.Syntax.Span;
        var found = new List<ILocalReferenceOperation>();
        foreach (var reference in _locals)
        {
            if (SymbolEqualityComparer.Default.Equals(reference.Local, local) && (span is null || span.Value.Contains(reference.Syntax.Span)))
                found.Add(reference);
        }

        return found;
    }
}
