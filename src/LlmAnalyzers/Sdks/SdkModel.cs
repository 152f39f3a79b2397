using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Sdks;

/// <summary>The SDK descriptors bound to the symbols of one compilation. Rules ask it questions; they never name SDK types.</summary>
internal sealed class SdkModel
{
    private readonly Dictionary<string, List<BoundRequest>> _requestsByMethod;
    private readonly Dictionary<string, List<BoundClientFactory>> _factoriesByMethod;

    private SdkModel(Dictionary<string, List<BoundRequest>> requestsByMethod, Dictionary<string, List<BoundClientFactory>> factoriesByMethod)
    {
        _requestsByMethod = requestsByMethod;
        _factoriesByMethod = factoriesByMethod;
    }

    /// <summary>Binds the descriptors; null when the compilation references no supported SDK.</summary>
    public static SdkModel? Create(Compilation compilation, ImmutableArray<SdkDescriptor> sdks)
    {
        var referenced = new HashSet<string>(compilation.ReferencedAssemblyNames.Select(a => a.Name));
        var requests = new Dictionary<string, List<BoundRequest>>();
        var factories = new Dictionary<string, List<BoundClientFactory>>();
        foreach (var sdk in sdks)
        {
            if (!sdk.AssemblyNames.Any(referenced.Contains))
                continue;

            foreach (var request in sdk.Requests)
            {
                var clientType = GetType(compilation, request.ClientType);
                var optionsType = GetType(compilation, request.OptionsType);
                var cap = optionsType?.GetMembers(request.CapMember).OfType<IPropertySymbol>().FirstOrDefault();
                if (clientType is null || optionsType is null || cap is null)
                    continue;

                var rawContentType = request.RawContentType is null ? null : GetType(compilation, request.RawContentType);
                foreach (var (method, kind) in request.Methods)
                    Add(requests, method, new BoundRequest(sdk, request, kind, clientType, optionsType, cap, rawContentType));
            }

            foreach (var factory in sdk.ClientFactories)
            {
                var type = GetType(compilation, factory.ContainingType);
                if (type is not null)
                    Add(factories, factory.Method, new BoundClientFactory(factory, type));
            }
        }

        return requests.Count == 0 ? null : new SdkModel(requests, factories);
    }

    /// <summary>Is <paramref name="method"/> a request-sending method of a supported SDK (raw protocol overloads excluded)?</summary>
    public bool TryGetRequest(IMethodSymbol method, out RequestCall call)
    {
        call = default;
        if (!_requestsByMethod.TryGetValue(method.Name, out var candidates))
            return false;

        var definition = method.ReducedFrom ?? method.OriginalDefinition;
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

            call = new RequestCall(candidate, optionsParameter);
            return true;
        }

        return false;
    }

    public bool IsRequest(IMethodSymbol method) => TryGetRequest(method, out _);

    /// <summary>Is <paramref name="method"/> a client factory that can give the client a default cap? Returns that parameter.</summary>
    public bool TryGetClientFactory(IMethodSymbol method, out IParameterSymbol capParameter)
    {
        capParameter = null!;
        if (!_factoriesByMethod.TryGetValue(method.Name, out var candidates))
            return false;

        var definition = method.ReducedFrom ?? method.OriginalDefinition;
        foreach (var candidate in candidates)
        {
            if (!SymbolEqualityComparer.Default.Equals(definition.ContainingType, candidate.ContainingType))
                continue;
            var parameter = definition.Parameters.FirstOrDefault(p => p.Name == candidate.Descriptor.CapParameter);
            if (parameter is not null)
            {
                capParameter = parameter;
                return true;
            }
        }

        return false;
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

    private static INamedTypeSymbol? GetType(Compilation compilation, string metadataName)
    {
        var type = compilation.GetTypeByMetadataName(metadataName);
        if (type is not null)
            return type;

        // Several assemblies define the name: prefer a public type from a reference.
        return compilation.GetTypesByMetadataName(metadataName)
            .FirstOrDefault(t => t.DeclaredAccessibility == Accessibility.Public && !SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, compilation.Assembly));
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
    public BoundRequest(SdkDescriptor sdk, RequestDescriptor descriptor, RequestKind kind, INamedTypeSymbol clientType, INamedTypeSymbol optionsType, IPropertySymbol cap, INamedTypeSymbol? rawContentType)
    {
        Sdk = sdk;
        Descriptor = descriptor;
        Kind = kind;
        ClientType = clientType;
        OptionsType = optionsType;
        Cap = cap;
        RawContentType = rawContentType;
    }

    public SdkDescriptor Sdk { get; }

    public RequestDescriptor Descriptor { get; }

    public RequestKind Kind { get; }

    public INamedTypeSymbol ClientType { get; }

    public INamedTypeSymbol OptionsType { get; }

    public IPropertySymbol Cap { get; }

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
