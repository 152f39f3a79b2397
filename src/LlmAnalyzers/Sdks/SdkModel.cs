using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Sdks;

/// <summary>The SDK descriptors bound to the symbols of one compilation. Rules ask it questions; they never name SDK types.</summary>
internal sealed class SdkModel
{
    private readonly Dictionary<string, List<BoundRequest>> _requestsByMethod = new();
    private NameSet _requestNames = null!;
    private readonly Dictionary<string, List<BoundClientFactory>> _factoriesByMethod = new();
    private readonly Dictionary<INamedTypeSymbol, BoundResponse> _responses = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, BoundStream> _streams = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, string> _wrappers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, HashSet<string>> _aggregators = new(SymbolEqualityComparer.Default);
    private INamedTypeSymbol? _enumerable;
    private INamedTypeSymbol? _asyncEnumerable;
    private readonly Dictionary<INamedTypeSymbol, ImmutableArray<string>> _parsers = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _modelEnums = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(ITypeSymbol Type, MemberPath Path, int Depth), IPropertySymbol?> _properties = new(PropertyKeyComparer.Instance);
    private readonly ConcurrentDictionary<(ITypeSymbol Type, ImmutableArray<MemberPath> Paths), IPropertySymbol?[]> _creationProperties = new(CreationKeyComparer.Instance);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _constructorsSettingAnyMember = new(SymbolEqualityComparer.Default);

    private SdkModel()
    {
    }

    /// <summary>Binds the descriptors; null when the compilation references no supported SDK.</summary>
    public static SdkModel? Create(Compilation compilation, ImmutableArray<SdkDescriptor> sdks)
    {
        var referenced = new HashSet<string>(compilation.ReferencedAssemblyNames.Select(a => a.Name));
        if (!sdks.Any(sdk => sdk.AssemblyNames.Any(referenced.Contains)))
            return null;

        var assemblies = compilation.References.Select(compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>().ToList();
        var model = new SdkModel();
        foreach (var sdk in sdks)
        {
            if (sdk.AssemblyNames.Any(referenced.Contains))
                model.Bind(new TypeLookup(assemblies.Where(a => sdk.AssemblyNames.Contains(a.Name)).ToImmutableArray()), sdk);
        }

        if (model._requestsByMethod.Count == 0)
            return null;
        model._requestNames = new NameSet(model._requestsByMethod.Keys);

        model._enumerable = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
        model._asyncEnumerable = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");

        var parsers = new TypeLookup(assemblies.Where(a => KnownSdks.StructuredParserAssemblies.Contains(a.Name)).ToImmutableArray());
        foreach (var group in KnownSdks.StructuredParsers.Select(Split).GroupBy(p => p.Type))
        {
            if (parsers.Get(group.Key) is { } type)
                model._parsers[type] = group.Select(p => p.Member).ToImmutableArray();
        }

        return model;
    }

    private void Bind(TypeLookup types, SdkDescriptor sdk)
    {
        foreach (var request in sdk.Requests)
        {
            var clientType = types.Get(request.ClientType);
            var optionsType = types.Get(request.OptionsType);
            if (clientType is null || optionsType is null)
                continue;

            var cap = MemberPath.Parse(request.CapMember);
            var capProperty = cap.Steps.Length == 1 ? optionsType.GetMembers(cap.Steps[0][0]).OfType<IPropertySymbol>().FirstOrDefault() : null;
            var rawContentType = request.RawContentType is null ? null : types.Get(request.RawContentType);
            foreach (var (method, kind) in request.Methods)
                Add(_requestsByMethod, method, new BoundRequest(sdk, request, kind, clientType, optionsType, cap, capProperty, rawContentType));
        }

        foreach (var factory in sdk.ClientFactories)
        {
            if (types.Get(factory.ContainingType) is { } type)
                Add(_factoriesByMethod, factory.Method, new BoundClientFactory(factory, type));
        }

        foreach (var enumType in sdk.ModelEnums)
        {
            if (types.Get(enumType) is { } type)
                _modelEnums.Add(type);
        }

        foreach (var response in sdk.Responses)
        {
            if (types.Get(response.Type) is { } type && GuardVariant(types, response.Guards) is { } variant)
                _responses[type] = new BoundResponse(response, type, Members(types, type, response.ContentMembers), Members(types, type, response.CheckMembers), Display(types, type, response.CheckMembers), variant);
        }

        foreach (var stream in sdk.Streams)
        {
            if (types.Get(stream.UpdateType) is { } type && GuardVariant(types, stream.Guards) is { } variant)
                _streams[type] = new BoundStream(stream, type, Members(types, type, stream.ContentMembers), Members(types, type, stream.CheckSymbols), Display(types, type, stream.CheckSymbols), variant);
        }

        foreach (var wrapper in sdk.Wrappers)
        {
            if (types.Get(wrapper.Type) is { } type)
                _wrappers[type] = wrapper.ValueMember;
        }

        foreach (var aggregator in sdk.Aggregators)
        {
            if (types.Get(aggregator.ContainingType) is { } type)
            {
                if (!_aggregators.TryGetValue(type, out var methods))
                    _aggregators[type] = methods = new HashSet<string>();
                methods.Add(aggregator.Method);
            }
        }
    }

    /// <summary>Is <paramref name="method"/> a request-sending method of a supported SDK (raw protocol overloads excluded)?</summary>
    public bool TryGetRequest(IMethodSymbol method, out RequestCall call)
    {
        call = default;
        // Every invocation of the compilation comes here: the name set turns most away before any hashing.
        var name = method.Name;
        if (!_requestNames.Contains(name) || !_requestsByMethod.TryGetValue(name, out var candidates))
            return false;

        // Several descriptors may share a method name (one per options type): prefer the one whose options the overload takes.
        var definition = method.ReducedFrom ?? method.OriginalDefinition;
        RequestCall? withoutOptions = null;
        foreach (var candidate in candidates)
        {
            if (!IsSameOrImplements(definition, candidate.ClientType))
                continue;

            IParameterSymbol? optionsParameter = null;
            foreach (var parameter in definition.Parameters)
            {
                var type = parameter.Type.OriginalDefinition;
                if (candidate.RawContentType is not null && SymbolEqualityComparer.Default.Equals(type, candidate.RawContentType))
                    return false;
                if (SymbolEqualityComparer.Default.Equals(type, candidate.OptionsType))
                    optionsParameter = parameter;
            }

            if (optionsParameter is not null)
            {
                call = new RequestCall(candidate, optionsParameter);
                return true;
            }

            withoutOptions ??= new RequestCall(candidate, null);
        }

        call = withoutOptions.GetValueOrDefault();
        return withoutOptions is not null;
    }

    public bool IsRequest(IMethodSymbol method) => TryGetRequest(method, out _);

    /// <summary>The client factory (constructor or method) that <paramref name="creation"/> calls, if it is a known one.</summary>
    public ClientFactoryDescriptor? GetClientFactory(IOperation creation)
    {
        var method = creation switch
        {
            IObjectCreationOperation objectCreation => objectCreation.Constructor,
            IInvocationOperation invocation => invocation.TargetMethod,
            _ => null,
        };
        if (method is null || !_factoriesByMethod.TryGetValue(method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name, out var candidates))
            return null;

        for (var definition = method.ReducedFrom ?? method.OriginalDefinition; definition is not null; definition = definition.OverriddenMethod)
        {
            foreach (var candidate in candidates)
            {
                if (SymbolEqualityComparer.Default.Equals(definition.ContainingType.OriginalDefinition, candidate.ContainingType))
                    return candidate.Descriptor;
            }
        }

        return null;
    }

    /// <summary>The model id an enum member spells, for the SDKs' model enums.</summary>
    public string? ModelIdOf(IFieldSymbol enumMember)
        => _modelEnums.Contains(enumMember.ContainingType) ? KebabCase(enumMember.Name) : null;

    /// <summary><c>ClaudeSonnet4_6</c> → <c>claude-sonnet-4-6</c>; <c>ClaudeHaiku4_5_20251001</c> → <c>claude-haiku-4-5-20251001</c>.</summary>
    public static string KebabCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var previous = i > 0 ? name[i - 1] : '_';
            if (c == '_')
            {
                builder.Append('-');
                continue;
            }

            if (i > 0 && previous != '_' && ((char.IsUpper(c) && !char.IsUpper(previous)) || (char.IsDigit(c) && !char.IsDigit(previous))))
                builder.Append('-');
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The response description of <paramref name="type"/> or one of its base types.</summary>
    public BoundResponse? GetResponse(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_responses.TryGetValue(current.OriginalDefinition, out var response))
                return response;
        }

        return null;
    }

    /// <summary>The stream description whose update type is <paramref name="elementType"/> or one of its base types.</summary>
    public BoundStream? GetStream(ITypeSymbol? elementType)
    {
        for (var current = elementType as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_streams.TryGetValue(current.OriginalDefinition, out var stream))
                return stream;
        }

        return null;
    }

    /// <summary>Does reading <paramref name="property"/> unwrap a result wrapper (<c>ClientResult&lt;T&gt;.Value</c>)?</summary>
    public bool IsWrapperValue(IPropertySymbol property)
        => _wrappers.TryGetValue(property.ContainingType.OriginalDefinition, out var member) && member == property.Name;

    /// <summary>The wrapped type when <paramref name="type"/> is a result wrapper.</summary>
    public ITypeSymbol? Unwrap(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || !_wrappers.TryGetValue(named.OriginalDefinition, out var member))
            return null;
        return named.TypeArguments.Length == 1 ? named.TypeArguments[0] : named.GetMembers(member).OfType<IPropertySymbol>().FirstOrDefault()?.Type;
    }

    public bool IsAggregator(IMethodSymbol method)
    {
        var definition = method.ReducedFrom ?? method.OriginalDefinition;
        return _aggregators.TryGetValue(definition.ContainingType, out var methods) && methods.Contains(definition.Name);
    }

    /// <summary>The element type when <paramref name="type"/> is (or implements) <c>IEnumerable&lt;T&gt;</c> or <c>IAsyncEnumerable&lt;T&gt;</c>.</summary>
    public ITypeSymbol? GetElementType(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
            return null;
        if (type is INamedTypeSymbol named && ElementOf(named) is { } element)
            return element;
        foreach (var candidate in type.AllInterfaces)
        {
            if (ElementOf(candidate) is { } inherited)
                return inherited;
        }

        return null;
    }

    private ITypeSymbol? ElementOf(INamedTypeSymbol candidate)
        => candidate.TypeArguments.Length == 1
           && (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, _enumerable) || SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, _asyncEnumerable))
            ? candidate.TypeArguments[0]
            : null;

    /// <summary>
    /// The property that step <paramref name="depth"/> of <paramref name="path"/> names on <paramref name="type"/> or a base
    /// type. Remembered per type: every request that creates its options asks again for the same members.
    /// </summary>
    public IPropertySymbol? FindProperty(ITypeSymbol? type, MemberPath path, int depth)
        => type is null ? null : _properties.GetOrAdd((type, path, depth), static key => FindPropertyUncached(key.Type, key.Path, key.Depth));

    /// <summary>For each of <paramref name="paths"/>, the property its first step names: one lookup for a whole creation.</summary>
    public IPropertySymbol?[] FindProperties(ITypeSymbol type, ImmutableArray<MemberPath> paths)
        => _creationProperties.GetOrAdd((type, paths), static key => key.Paths.Select(path => FindPropertyUncached(key.Type, path, 0)).ToArray());

    private static IPropertySymbol? FindPropertyUncached(ITypeSymbol type, MemberPath path, int depth)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var name in path.Steps[depth])
            {
                if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
                    return property;
            }
        }

        return null;
    }

    /// <summary>
    /// A copy constructor (from the type or an interface it implements), or one that claims to set the required members,
    /// may set any member: we cannot see. Decided once per constructor of the compilation.
    /// </summary>
    public bool MaySetAnyMember(IMethodSymbol constructor)
    {
        if (!_constructorsSettingAnyMember.TryGetValue(constructor, out var maySet))
        {
            maySet = constructor.GetAttributes().Any(a => a.AttributeClass?.Name == "SetsRequiredMembersAttribute")
                || constructor.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, constructor.ContainingType) || constructor.ContainingType.AllInterfaces.Contains(p.Type, SymbolEqualityComparer.Default));
            _constructorsSettingAnyMember.TryAdd(constructor, maySet);
        }

        return maySet;
    }

    /// <summary>Does <paramref name="method"/> parse text as structured data?</summary>
    public bool IsStructuredParser(IMethodSymbol method)
    {
        var definition = method.ReducedFrom ?? method.OriginalDefinition;
        return _parsers.TryGetValue(definition.ContainingType, out var prefixes)
               && prefixes.Any(prefix => definition.Name.StartsWith(prefix, System.StringComparison.Ordinal));
    }

    private static SymbolSet Members(TypeLookup types, INamedTypeSymbol owner, ImmutableArray<string> names)
    {
        var result = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var name in names)
        {
            if (name.IndexOf('.') < 0)
            {
                result.UnionWith(MembersNamed(owner, name));
                continue;
            }

            if (types.Get(name) is { } type)
            {
                result.Add(type);
                continue;
            }

            var (typeName, member) = Split(name);
            if (types.Get(typeName) is { } declaring)
                result.UnionWith(MembersNamed(declaring, member));
        }

        return new SymbolSet(result);
    }

    /// <summary>Members of a type or its base types (an SDK may declare a response's members on a base class).</summary>
    private static IEnumerable<ISymbol> MembersNamed(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            var members = current.GetMembers(name);
            if (!members.IsEmpty)
                return members;
        }

        return Enumerable.Empty<ISymbol>();
    }

    /// <summary>The first guard whose value type exists with all its values (and is an enum exactly when the form says so); null when none fits.</summary>
    private static int? GuardVariant(TypeLookup types, ImmutableArray<GuardSpec> guards)
    {
        for (var i = 0; i < guards.Length; i++)
        {
            var guard = guards[i];
            if (guard.ValueType is null)
                return i;
            if (types.Get(guard.ValueType) is { } type
                && (type.TypeKind == TypeKind.Enum) == (guard.Form is ComparisonForm.Enum or ComparisonForm.ApiEnum)
                && guard.Values.All(v => !type.GetMembers(v).IsEmpty))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The first name of <paramref name="names"/> as a user reads it: <c>ChatCompletion.FinishReason</c>, or a type name.</summary>
    private static string Display(TypeLookup types, INamedTypeSymbol owner, ImmutableArray<string> names)
    {
        var first = names.FirstOrDefault() ?? "FinishReason";
        if (first.IndexOf('.') < 0)
            return owner.Name + "." + first;
        if (types.Get(first) is { } type)
            return type.Name;
        var (typeName, member) = Split(first);
        return (types.Get(typeName)?.Name ?? typeName) + "." + member;
    }

    private static (string Type, string Member) Split(string qualified)
    {
        var dot = qualified.LastIndexOf('.');
        return (qualified.Substring(0, dot), qualified.Substring(dot + 1));
    }

    private static bool IsSameOrImplements(IMethodSymbol method, INamedTypeSymbol clientType)
    {
        var containingType = method.ContainingType?.OriginalDefinition;
        if (containingType is null)
            return false;
        if (SymbolEqualityComparer.Default.Equals(containingType, clientType))
            return true;

        if (clientType.TypeKind == TypeKind.Interface)
        {
            if (!containingType.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, clientType)))
                return false;
            foreach (var member in clientType.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(containingType.FindImplementationForInterfaceMember(member), method))
                    return true;
            }

            return false;
        }

        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(overridden.ContainingType.OriginalDefinition, clientType))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Finds descriptor types in the SDK's own assemblies, then in the assemblies they reference (result wrappers such
    /// as <c>System.ClientModel</c>). Never in the whole compilation: most names a descriptor lists belong to SDK
    /// versions that are not referenced, and a miss there scans every reference.
    /// </summary>
    private sealed class TypeLookup
    {
        private readonly ImmutableArray<IAssemblySymbol> _own;
        private ImmutableArray<IAssemblySymbol> _dependencies;
        private readonly Dictionary<string, INamedTypeSymbol?> _found = new();

        public TypeLookup(ImmutableArray<IAssemblySymbol> own) => _own = own;

        public INamedTypeSymbol? Get(string metadataName)
        {
            if (!_found.TryGetValue(metadataName, out var type))
                _found[metadataName] = type = Find(_own, metadataName) ?? Find(Dependencies, metadataName);
            return type;
        }

        private ImmutableArray<IAssemblySymbol> Dependencies
        {
            get
            {
                if (_dependencies.IsDefault)
                {
                    _dependencies = _own.SelectMany(a => a.Modules).SelectMany(m => m.ReferencedAssemblySymbols)
                        .Except<IAssemblySymbol>(_own, SymbolEqualityComparer.Default)
                        .ToImmutableArray();
                }

                return _dependencies;
            }
        }

        private static INamedTypeSymbol? Find(ImmutableArray<IAssemblySymbol> assemblies, string metadataName)
        {
            foreach (var assembly in assemblies)
            {
                if (assembly.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public } found)
                    return found;
            }

            return null;
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = new List<T>();
        list.Add(value);
    }
}

internal sealed class BoundRequest
{
    public BoundRequest(SdkDescriptor sdk, RequestDescriptor descriptor, RequestKind kind, INamedTypeSymbol clientType, INamedTypeSymbol optionsType, MemberPath cap, IPropertySymbol? capProperty, INamedTypeSymbol? rawContentType)
    {
        Sdk = sdk;
        Descriptor = descriptor;
        Kind = kind;
        ClientType = clientType;
        OptionsType = optionsType;
        Cap = cap;
        CapProperty = capProperty;
        RawContentType = rawContentType;
        var members = ImmutableArray.CreateBuilder<MemberPath>();
        members.Add(cap);
        ModelIndex = Add(members, descriptor.ModelMember);
        StopIndex = Add(members, descriptor.StopMember);
        BudgetIndex = Add(members, descriptor.ThinkingBudget?.Member);
        WaiverIndex = Add(members, descriptor.ThinkingBudget?.BelowCapWaiver);
        ReasoningIndexes = descriptor.ReasoningMembers.Select(m => Add(members, m)).ToImmutableArray();
        Members = members.ToImmutable();
        Model = ModelIndex < 0 ? null : Members[ModelIndex];
    }

    // Only reports need these; computed on first use, racing threads compute the same value.
    private string? _optionsTypeName;
    private string? _capDisplay;
    private int _canCreateWithCapOnly; // 0 not computed, 1 no, 2 yes

    /// <summary>The options type's name as a fix looks it up (namespace-qualified).</summary>
    public string OptionsTypeName
        => _optionsTypeName ??= QualifiedName(OptionsType);

    private static string QualifiedName(INamedTypeSymbol type)
    {
        if (type.IsGenericType)
            return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted));
        var name = type.Name;
        if (type.ContainingType is { } outer)
            return QualifiedName(outer) + "." + name;
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            name = ns.Name + "." + name;
        return name;
    }

    /// <summary>Would <c>new Options { Cap = N }</c> compile? Not when the type has other required members.</summary>
    public bool CanCreateWithCapOnly
    {
        get
        {
            if (_canCreateWithCapOnly == 0)
                _canCreateWithCapOnly = ComputeCanCreateWithCapOnly() ? 2 : 1;
            return _canCreateWithCapOnly == 2;
        }
    }

    private bool ComputeCanCreateWithCapOnly()
        => CapProperty is { } capProperty
            && OptionsType.InstanceConstructors.Any(c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public && !c.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute"))
            && !OptionsType.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true } && !SymbolEqualityComparer.Default.Equals(m, capProperty));

    /// <summary>Indexes into <see cref="Members"/> (and the options state at a call); -1 when the request has no such member.</summary>
    public const int CapIndex = 0;

    public int ModelIndex { get; }

    public int StopIndex { get; }

    public int BudgetIndex { get; }

    public int WaiverIndex { get; }

    public ImmutableArray<int> ReasoningIndexes { get; }

    private static int Add(ImmutableArray<MemberPath>.Builder members, string? path)
    {
        if (path is null)
            return -1;
        members.Add(MemberPath.Parse(path));
        return members.Count - 1;
    }

    public SdkDescriptor Sdk { get; }

    public RequestDescriptor Descriptor { get; }

    public RequestKind Kind { get; }

    public INamedTypeSymbol ClientType { get; }

    public INamedTypeSymbol OptionsType { get; }

    public MemberPath Cap { get; }

    /// <summary>The cap property when the cap is a direct member of the options type.</summary>
    public IPropertySymbol? CapProperty { get; }

    public MemberPath? Model { get; }

    /// <summary>The options members the flow tracks for this request.</summary>
    public ImmutableArray<MemberPath> Members { get; }

    /// <summary>How messages name the cap: <c>ChatCompletionOptions.MaxOutputTokenCount</c>.</summary>
    public string CapDisplay => _capDisplay ??= Descriptor.CapDisplay ?? OptionsType.Name + "." + Cap.Display;

    public INamedTypeSymbol? RawContentType { get; }
}

/// <summary>One matched request call: the bound request, and the parameter carrying the options (null for an overload that has none).</summary>
internal readonly struct RequestCall
{
    public RequestCall(BoundRequest request, IParameterSymbol? optionsParameter)
    {
        Request = request;
        OptionsParameter = optionsParameter;
    }

    public BoundRequest Request { get; }

    public IParameterSymbol? OptionsParameter { get; }
}

internal sealed class BoundClientFactory
{
    public BoundClientFactory(ClientFactoryDescriptor descriptor, INamedTypeSymbol containingType)
    {
        Descriptor = descriptor;
        ContainingType = containingType;
    }

    public ClientFactoryDescriptor Descriptor { get; }

    public INamedTypeSymbol ContainingType { get; }
}

/// <summary>What a response type and a stream-update type share: content members, the members that count as a check, the guard.</summary>
internal abstract class BoundOutput
{
    protected BoundOutput(INamedTypeSymbol type, SymbolSet content, SymbolSet checks, string checkDisplay, ImmutableArray<GuardSpec> guards, int guardVariant)
    {
        Type = type;
        Content = content;
        Checks = checks;
        CheckDisplay = checkDisplay;
        Guard = guards[guardVariant];
        GuardVariant = guardVariant;
    }

    /// <summary>The response type, or for a stream the update type.</summary>
    public INamedTypeSymbol Type { get; }

    public SymbolSet Content { get; }

    public SymbolSet Checks { get; }

    /// <summary>What a user should read, for messages.</summary>
    public string CheckDisplay { get; }

    /// <summary>The guard that fits this compilation's SDK version.</summary>
    public GuardSpec Guard { get; }

    /// <summary>Which of the descriptor's guards fits this compilation's SDK version.</summary>
    public int GuardVariant { get; }
}

internal sealed class BoundResponse : BoundOutput
{
    public BoundResponse(ResponseDescriptor descriptor, INamedTypeSymbol type, SymbolSet content, SymbolSet checks, string checkDisplay, int guardVariant)
        : base(type, content, checks, checkDisplay, descriptor.Guards, guardVariant)
        => Descriptor = descriptor;

    public ResponseDescriptor Descriptor { get; }
}

internal sealed class BoundStream : BoundOutput
{
    public BoundStream(StreamDescriptor descriptor, INamedTypeSymbol updateType, SymbolSet content, SymbolSet checks, string checkDisplay, int guardVariant)
        : base(updateType, content, checks, checkDisplay, descriptor.Guards, guardVariant)
        => Descriptor = descriptor;

    public StreamDescriptor Descriptor { get; }
}

/// <summary>Types by symbol equality; paths by reference (each request's paths are parsed once).</summary>
internal sealed class PropertyKeyComparer : IEqualityComparer<(ITypeSymbol Type, MemberPath Path, int Depth)>
{
    public static readonly PropertyKeyComparer Instance = new();

    public bool Equals((ITypeSymbol Type, MemberPath Path, int Depth) x, (ITypeSymbol Type, MemberPath Path, int Depth) y)
        => x.Path == y.Path && x.Depth == y.Depth && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

    public int GetHashCode((ITypeSymbol Type, MemberPath Path, int Depth) key)
        => (SymbolEqualityComparer.Default.GetHashCode(key.Type) * 31 + RuntimeHelpers.GetHashCode(key.Path)) * 31 + key.Depth;
}

internal sealed class CreationKeyComparer : IEqualityComparer<(ITypeSymbol Type, ImmutableArray<MemberPath> Paths)>
{
    public static readonly CreationKeyComparer Instance = new();

    public bool Equals((ITypeSymbol Type, ImmutableArray<MemberPath> Paths) x, (ITypeSymbol Type, ImmutableArray<MemberPath> Paths) y)
        => x.Paths == y.Paths && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

    public int GetHashCode((ITypeSymbol Type, ImmutableArray<MemberPath> Paths) key)
        => SymbolEqualityComparer.Default.GetHashCode(key.Type) * 31 + key.Paths.GetHashCode();
}
