using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks;

/// <summary>What one SDK family calls things, as data. Type names are metadata names.</summary>
internal sealed class SdkDescriptor
{
    public SdkDescriptor(string name, ImmutableArray<string> assemblyNames, ImmutableArray<RequestDescriptor> requests, ImmutableArray<ClientFactoryDescriptor> clientFactories = default)
    {
        Name = name;
        AssemblyNames = assemblyNames;
        Requests = requests;
        ClientFactories = clientFactories.IsDefault ? ImmutableArray<ClientFactoryDescriptor>.Empty : clientFactories;
    }

    public string Name { get; }

    /// <summary>A cheap pre-filter: the SDK's types are looked up only when one of these assemblies is referenced.</summary>
    public ImmutableArray<string> AssemblyNames { get; }

    public ImmutableArray<RequestDescriptor> Requests { get; }

    /// <summary>Methods that create a client and can give it a default output-token cap.</summary>
    public ImmutableArray<ClientFactoryDescriptor> ClientFactories { get; }
}

internal enum RequestKind
{
    Sync,
    Async,
    Streaming,
}

/// <summary>A group of request-sending methods on one client type that share an options type.</summary>
internal sealed class RequestDescriptor
{
    public RequestDescriptor(string clientType, string optionsType, string capMember, ImmutableArray<(string Method, RequestKind Kind)> methods, string? rawContentType = null)
    {
        ClientType = clientType;
        OptionsType = optionsType;
        CapMember = capMember;
        Methods = methods;
        RawContentType = rawContentType;
    }

    /// <summary>The class or interface that declares the methods (implementations and overrides match too).</summary>
    public string ClientType { get; }

    /// <summary>The parameter type that carries the output-token cap.</summary>
    public string OptionsType { get; }

    public string CapMember { get; }

    public ImmutableArray<(string Method, RequestKind Kind)> Methods { get; }

    /// <summary>Overloads taking this type send raw content (protocol methods); the cap cannot be seen there.</summary>
    public string? RawContentType { get; }
}

internal sealed class ClientFactoryDescriptor
{
    public ClientFactoryDescriptor(string containingType, string method, string capParameter)
    {
        ContainingType = containingType;
        Method = method;
        CapParameter = capParameter;
    }

    public string ContainingType { get; }

    public string Method { get; }

    public string CapParameter { get; }
}
