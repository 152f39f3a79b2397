using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Sdks;

/// <summary>
/// SDK members or types that a body walk looks for. A name check comes first: almost every symbol a walk meets has
/// another name. Read-only after construction, so concurrent reads are safe.
/// </summary>
internal sealed class SymbolSet
{
    private readonly HashSet<ISymbol> _symbols;
    private readonly NameSet _names;

    public SymbolSet(HashSet<ISymbol> symbols)
    {
        _symbols = symbols;
        _names = new NameSet(symbols.Select(s => s.Name));
    }

    public bool IsEmpty => _symbols.Count == 0;

    /// <summary>The symbol, its definition, or (for a method) a method it overrides is in the set.</summary>
    public bool Contains(ISymbol symbol)
    {
        if (!_names.Contains(symbol.Name))
            return false;
        if (_symbols.Contains(symbol.OriginalDefinition))
            return true;
        if (symbol is IMethodSymbol method)
        {
            var definition = method.ReducedFrom ?? method.OriginalDefinition;
            for (var overridden = definition.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (_symbols.Contains(overridden.OriginalDefinition))
                    return true;
            }
        }

        return false;
    }
}
