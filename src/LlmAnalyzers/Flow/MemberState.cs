using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Flow;

/// <summary>
/// A member of an options object, possibly nested (<c>InferenceConfig.MaxTokens</c>), with alternative names at each
/// step (<c>MaxTokens|MaxCompletionTokens</c>). Matched by name so that option subclasses match too.
/// </summary>
internal sealed class MemberPath
{
    private MemberPath(ImmutableArray<ImmutableArray<string>> steps, bool isList)
    {
        Steps = steps;
        IsList = isList;
        Display = string.Join(".", steps.Select(s => s[0]));
    }

    public ImmutableArray<ImmutableArray<string>> Steps { get; }

    /// <summary>The member is a list (<c>StopSequences[]</c>): the state tracks its items.</summary>
    public bool IsList { get; }

    public int Last => Steps.Length - 1;

    /// <summary>The path as a user writes it, with the first alternative of each step.</summary>
    public string Display { get; }

    /// <summary><see cref="Display"/> with another alternative of the last step.</summary>
    public string DisplayWithLast(string last) => string.Join(".", Steps.Take(Last).Select(s => s[0]).Append(last));

    public static MemberPath Parse(string text)
    {
        var isList = text.EndsWith("[]", StringComparison.Ordinal);
        if (isList)
            text = text.Substring(0, text.Length - 2);
        return new(text.Split('.').Select(step => step.Split('|').ToImmutableArray()).ToImmutableArray(), isList);
    }

    public bool Matches(int step, string name)
    {
        foreach (var candidate in Steps[step])
        {
            if (string.Equals(candidate, name))
                return true;
        }

        return false;
    }
}

/// <summary>What the paths reaching a point say about one member of an options object. A set of possibilities; empty means unreachable.</summary>
[Flags]
internal enum ValuePaths : byte
{
    None = 0,

    /// <summary>The options object itself is null.</summary>
    Null = 1,

    /// <summary>The object exists and the member was never assigned.</summary>
    Unset = 2,

    /// <summary>The member was assigned one of <see cref="MemberState.Values"/>.</summary>
    Set = 4,

    /// <summary>Something the analysis cannot see.</summary>
    Unknown = 8,
}

internal readonly struct MemberState
{
    public static readonly MemberState Unreachable = new(ValuePaths.None, ImmutableArray<IOperation>.Empty, ImmutableArray<IOperation>.Empty);
    public static readonly MemberState Unknown = new(ValuePaths.Unknown, ImmutableArray<IOperation>.Empty, ImmutableArray<IOperation>.Empty);
    public static readonly MemberState Null = new(ValuePaths.Null, ImmutableArray<IOperation>.Empty, ImmutableArray<IOperation>.Empty);

    private MemberState(ValuePaths paths, ImmutableArray<IOperation> unsetCreations, ImmutableArray<IOperation> values, bool inexact = false)
    {
        Paths = paths;
        UnsetCreations = unsetCreations;
        Values = values;
        Inexact = inexact;
    }

    /// <summary>For a list: paths disagree on its items, so <see cref="Values"/> is their union and the count is unknown.</summary>
    public bool Inexact { get; }

    /// <summary>For a list: its items when every path is known and agrees (no items when it was never filled).</summary>
    public ImmutableArray<IOperation>? ExactItems
        => Inexact || Has(ValuePaths.Unknown | ValuePaths.Null) || Paths == ValuePaths.None ? null : Values;

    /// <summary>For a list: the items were added (to an empty list where it was never filled).</summary>
    public MemberState Appended(ImmutableArray<IOperation> items)
    {
        if (!Has(ValuePaths.Unset | ValuePaths.Set))
            return this;
        var paths = (Paths & (ValuePaths.Null | ValuePaths.Unknown)) | ValuePaths.Set;
        return new(paths, ImmutableArray<IOperation>.Empty, Values.AddRange(items), Inexact || (Has(ValuePaths.Unset) && Has(ValuePaths.Set) && !Values.IsEmpty));
    }

    /// <summary>For a list: replaced by exactly <paramref name="items"/>.</summary>
    public static MemberState Items(ImmutableArray<IOperation> items) => new(ValuePaths.Set, ImmutableArray<IOperation>.Empty, items);

    /// <summary>For a list: emptied (<c>Clear()</c>) where the object exists.</summary>
    public MemberState Emptied()
        => Paths == ValuePaths.None || Paths == ValuePaths.Null ? this : new((Paths & ValuePaths.Null) | ValuePaths.Set, ImmutableArray<IOperation>.Empty, ImmutableArray<IOperation>.Empty);

    public ValuePaths Paths { get; }

    /// <summary>The object creations that reach the point without the member (where a fix can add it).</summary>
    public ImmutableArray<IOperation> UnsetCreations { get; }

    /// <summary>The assigned values that reach the point (reaching definitions).</summary>
    public ImmutableArray<IOperation> Values { get; }

    /// <summary>Every path is known and at least one reaches the point without the member.</summary>
    public bool IsMissingOnSomePath => !Has(ValuePaths.Unknown) && Has(ValuePaths.Null | ValuePaths.Unset);

    /// <summary>Every path is known and sets the member: <see cref="Values"/> is complete.</summary>
    public bool IsSetOnEveryPath => Paths == ValuePaths.Set;

    public bool Has(ValuePaths paths) => (Paths & paths) != 0;

    public static MemberState UnsetAt(IOperation creation) => new(ValuePaths.Unset, ImmutableArray.Create(creation), ImmutableArray<IOperation>.Empty);

    public static MemberState SetTo(IOperation value) => new(ValuePaths.Set, ImmutableArray<IOperation>.Empty, ImmutableArray.Create(value));

    /// <summary>The compiler enforces the member (a C# <c>required</c> member): set, value unseen.</summary>
    public static MemberState SetUnseen() => new(ValuePaths.Set, ImmutableArray<IOperation>.Empty, ImmutableArray<IOperation>.Empty);

    public MemberState Without(ValuePaths paths)
        => new(Paths & ~paths, (paths & ValuePaths.Unset) != 0 ? ImmutableArray<IOperation>.Empty : UnsetCreations, (paths & ValuePaths.Set) != 0 ? ImmutableArray<IOperation>.Empty : Values);

    /// <summary>The member is assigned <paramref name="value"/> on every path where the object exists.</summary>
    public MemberState Assigned(IOperation value)
        => Paths == ValuePaths.None || Paths == ValuePaths.Null ? this : new((Paths & ValuePaths.Null) | ValuePaths.Set, ImmutableArray<IOperation>.Empty, ImmutableArray.Create(value));

    /// <summary>The member is assigned <c>null</c>: unset wherever the object exists.</summary>
    public MemberState Cleared()
        => Paths == ValuePaths.None || Paths == ValuePaths.Null ? this : new((Paths & ValuePaths.Null) | ValuePaths.Unset, ImmutableArray<IOperation>.Empty, ImmutableArray<IOperation>.Empty);

    /// <summary><c>member ??= value</c>: paths where it was unset (or unseen) now have <paramref name="value"/>.</summary>
    public MemberState AssignedIfUnset(IOperation value)
    {
        if (!Has(ValuePaths.Unset | ValuePaths.Unknown))
            return this;
        var paths = (Paths & ~ValuePaths.Unset) | ValuePaths.Set;
        return new(paths, ImmutableArray<IOperation>.Empty, Values.Contains(value) ? Values : Values.Add(value));
    }

    public MemberState Merge(MemberState other)
    {
        if (Paths == ValuePaths.None)
            return other;
        if (other.Paths == ValuePaths.None)
            return this;
        var inexact = Inexact || other.Inexact || !Values.SequenceEqual(other.Values);
        return new(Paths | other.Paths, Union(UnsetCreations, other.UnsetCreations), Union(Values, other.Values), inexact);
    }

    private static ImmutableArray<IOperation> Union(ImmutableArray<IOperation> left, ImmutableArray<IOperation> right)
    {
        foreach (var item in right)
        {
            if (!left.Contains(item))
                left = left.Add(item);
        }

        return left;
    }
}

/// <summary>The state of every tracked member of one options object.</summary>
internal readonly struct OptionsState
{
    public OptionsState(ImmutableArray<MemberState> members) => Members = members;

    public ImmutableArray<MemberState> Members { get; }

    public MemberState this[int index] => Members[index];

    public bool IsUnreachable => Members.All(m => m.Paths == ValuePaths.None);

    // Every request starts from these: built once for the member counts the SDK descriptors use.
    private static readonly OptionsState[][] Uniform = new[] { MemberState.Unreachable, MemberState.Null, MemberState.Unknown }
        .Select(state => Enumerable.Range(0, 17).Select(count => new OptionsState(Enumerable.Repeat(state, count).ToImmutableArray())).ToArray())
        .ToArray();

    /// <summary>Is this the shared uniform state of that kind (0: unreachable)?</summary>
    private bool IsShared(int uniform) => Members.Length < Uniform[uniform].Length && Members == Uniform[uniform][Members.Length].Members;

    public static OptionsState All(int count, MemberState state)
    {
        var uniform = state.Values.IsEmpty && state.UnsetCreations.IsEmpty && !state.Inexact && count < Uniform[0].Length
            ? state.Paths switch { ValuePaths.None => 0, ValuePaths.Null => 1, ValuePaths.Unknown => 2, _ => -1 }
            : -1;
        return uniform >= 0 ? Uniform[uniform][count] : new(Enumerable.Repeat(state, count).ToImmutableArray());
    }

    public OptionsState With(int index, MemberState state) => new(Members.SetItem(index, state));

    public OptionsState Select(Func<MemberState, MemberState> map) => new(Members.Select(map).ToImmutableArray());

    public OptionsState Merge(OptionsState other)
    {
        if (Members.IsDefault)
            return other;
        if (other.Members.IsDefault || Members == other.Members || other.IsShared(0))
            return this;
        if (IsShared(0))
            return other;
        var merged = ImmutableArray.CreateBuilder<MemberState>(Members.Length);
        for (var i = 0; i < Members.Length; i++)
            merged.Add(Members[i].Merge(other.Members[i]));
        return new OptionsState(merged.MoveToImmutable());
    }
}
