using System;
using System.Collections.Generic;
using System.Linq;

namespace LlmAnalyzers.Sdks;

/// <summary>
/// A few names, tested without hashing: most names a walk or an invocation check meets fail on their length alone.
/// Read-only after construction.
/// </summary>
internal sealed class NameSet
{
    private readonly string[] _names;

    // Bit n is set when a name has n characters (63 for longer ones).
    private readonly ulong _lengths;

    public NameSet(IEnumerable<string> names)
    {
        _names = names.Distinct().ToArray();
        foreach (var name in _names)
            _lengths |= Bit(name);
    }

    public bool Contains(string name)
    {
        if ((_lengths & Bit(name)) == 0)
            return false;
        foreach (var candidate in _names)
        {
            if (string.Equals(candidate, name))
                return true;
        }

        return false;
    }

    private static ulong Bit(string name) => 1UL << Math.Min(name.Length, 63);
}
