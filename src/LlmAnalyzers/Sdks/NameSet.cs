using System;
using System.Collections.Generic;
using System.Linq;

namespace LlmAnalyzers.Sdks;

/// <summary>
/// A few names, tested without hashing: most names a walk or an invocation check meets fail on their length or last letter.
/// Read-only after construction.
/// </summary>
internal sealed class NameSet
{
    private readonly string[] _names;

    // Bit n is set when a name has n characters (63 for longer ones), and when a name ends with a character whose low six bits are n.
    private readonly ulong _lengths;
    private readonly ulong _lastCharacters;

    public NameSet(IEnumerable<string> names)
    {
        _names = names.Distinct().ToArray();
        foreach (var name in _names)
        {
            _lengths |= LengthBit(name);
            _lastCharacters |= LastCharacterBit(name);
        }
    }

    public bool Contains(string name)
    {
        if ((_lengths & LengthBit(name)) == 0 || (_lastCharacters & LastCharacterBit(name)) == 0)
            return false;
        foreach (var candidate in _names)
        {
            if (string.Equals(candidate, name))
                return true;
        }

        return false;
    }

    private static ulong LengthBit(string name) => 1UL << Math.Min(name.Length, 63);

    private static ulong LastCharacterBit(string name) => name.Length == 0 ? 1UL : 1UL << (name[name.Length - 1] & 63);
}
