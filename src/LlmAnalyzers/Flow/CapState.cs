using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Flow;

/// <summary>What the paths reaching a point say about an options object. A set of possibilities; empty means unreachable.</summary>
[Flags]
internal enum CapPaths : byte
{
    None = 0,
    Null = 1,
    Unset = 2,
    Set = 4,
    Unknown = 8,
}

internal readonly struct CapState
{
    public static readonly CapState Unreachable = new(CapPaths.None, ImmutableArray<IOperation>.Empty);
    public static readonly CapState Unknown = new(CapPaths.Unknown, ImmutableArray<IOperation>.Empty);
    public static readonly CapState Null = new(CapPaths.Null, ImmutableArray<IOperation>.Empty);
    public static readonly CapState Set = new(CapPaths.Set, ImmutableArray<IOperation>.Empty);

    public CapState(CapPaths paths, ImmutableArray<IOperation> unsetCreations)
    {
        Paths = paths;
        UnsetCreations = unsetCreations;
    }

    public CapPaths Paths { get; }

    /// <summary>The object creations that reach the point without the cap (where a fix can add it).</summary>
    public ImmutableArray<IOperation> UnsetCreations { get; }

    /// <summary>Every path is known and at least one reaches the point without a cap.</summary>
    public bool IsMissingOnSomePath => (Paths & CapPaths.Unknown) == 0 && (Paths & (CapPaths.Null | CapPaths.Unset)) != 0;

    public bool Has(CapPaths paths) => (Paths & paths) != 0;

    public static CapState UnsetAt(IOperation creation) => new(CapPaths.Unset, ImmutableArray.Create(creation));

    public CapState Without(CapPaths paths)
        => new(Paths & ~paths, (paths & CapPaths.Unset) != 0 ? ImmutableArray<IOperation>.Empty : UnsetCreations);

    /// <summary>The cap member is assigned: objects that exist now have it.</summary>
    public CapState WithCapAssigned()
        => Has(CapPaths.Unset) ? new CapState((Paths & ~CapPaths.Unset) | CapPaths.Set, ImmutableArray<IOperation>.Empty) : this;

    public CapState Merge(CapState other)
    {
        if (Paths == CapPaths.None)
            return other;
        if (other.Paths == CapPaths.None)
            return this;
        var creations = UnsetCreations;
        foreach (var creation in other.UnsetCreations)
        {
            if (!creations.Contains(creation))
                creations = creations.Add(creation);
        }

        return new CapState(Paths | other.Paths, creations);
    }
}
