using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks;

/// <summary>What one SDK family calls things, as data. Type names are metadata names; members are "Type.Member" or bare names on the type at hand.</summary>
internal sealed class SdkDescriptor
{
    public SdkDescriptor(string name, params string[] assemblyNames)
    {
        Name = name;
        AssemblyNames = ImmutableArray.Create(assemblyNames);
    }

    public string Name { get; }

    /// <summary>
    /// The assemblies that declare the SDK's types (a type may also come from an assembly they reference). The SDK is
    /// bound only when one of them is referenced.
    /// </summary>
    public ImmutableArray<string> AssemblyNames { get; }

    public ImmutableArray<RequestDescriptor> Requests { get; init; } = ImmutableArray<RequestDescriptor>.Empty;

    /// <summary>The SDK whose clients this one hands out (Azure.AI.OpenAI returns OpenAI's <c>ChatClient</c>): its requests apply.</summary>
    public string? ClientsOf { get; init; }

    /// <summary>Methods that create a client and can give it a default output-token cap.</summary>
    public ImmutableArray<ClientFactoryDescriptor> ClientFactories { get; init; } = ImmutableArray<ClientFactoryDescriptor>.Empty;

    /// <summary>Non-streaming response types: what reading their content and checking their finish reason look like.</summary>
    public ImmutableArray<ResponseDescriptor> Responses { get; init; } = ImmutableArray<ResponseDescriptor>.Empty;

    /// <summary>Streaming update types.</summary>
    public ImmutableArray<StreamDescriptor> Streams { get; init; } = ImmutableArray<StreamDescriptor>.Empty;

    /// <summary>Enum types whose member names spell model ids in kebab case (<c>ClaudeSonnet4_6</c> is <c>claude-sonnet-4-6</c>).</summary>
    public ImmutableArray<string> ModelEnums { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Result wrappers (<c>ClientResult&lt;T&gt;</c>) whose member unwraps the response.</summary>
    public ImmutableArray<WrapperDescriptor> Wrappers { get; init; } = ImmutableArray<WrapperDescriptor>.Empty;

    /// <summary>Methods that fold a stream into one response (<c>ToChatResponseAsync</c>).</summary>
    public ImmutableArray<AggregatorDescriptor> Aggregators { get; init; } = ImmutableArray<AggregatorDescriptor>.Empty;
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
    public RequestDescriptor(string clientType, string optionsType, string capMember, params (string Method, RequestKind Kind)[] methods)
    {
        ClientType = clientType;
        OptionsType = optionsType;
        CapMember = capMember;
        Methods = ImmutableArray.Create(methods);
    }

    /// <summary>The class or interface that declares the methods (implementations and overrides match too).</summary>
    public string ClientType { get; }

    /// <summary>The parameter type that carries the output-token cap.</summary>
    public string OptionsType { get; }

    /// <summary>The cap's path on the options object: <c>MaxTokens</c>, <c>InferenceConfig.MaxTokens</c>, <c>MaxTokens|MaxCompletionTokens</c>.</summary>
    public string CapMember { get; }

    /// <summary>The model id's path on the options object, if it has one.</summary>
    public string? ModelMember { get; init; }

    /// <summary>A method parameter that takes the model id (it wins over the options and the client).</summary>
    public string? ModelParameter { get; init; }

    /// <summary>The stop-sequence list on the options object (<c>StopSequences[]</c>), if the API has one.</summary>
    public string? StopMember { get; init; }

    /// <summary>How many stop sequences the API accepts; null when it documents no limit.</summary>
    public int? MaxStopSequences { get; init; }

    /// <summary>The API rejects stop sequences made only of whitespace (Anthropic).</summary>
    public bool StopRejectsWhitespace { get; init; }

    /// <summary>Options members that carry raw request fields (<c>AdditionalProperties</c>): code that touches one may set any member, so the flow stops knowing them.</summary>
    public ImmutableArray<string> PassThroughMembers { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Who serves the request, for messages and provider limits ("OpenAI", "Anthropic"); null when it depends on the client.</summary>
    public string? Provider { get; init; }

    /// <summary>A thinking budget on the options object and what the API requires of it.</summary>
    public ThinkingBudget? ThinkingBudget { get; init; }

    /// <summary>Options members that turn reasoning on when set (to anything but a <c>None</c> / <c>*Disabled</c> value).</summary>
    public ImmutableArray<string> ReasoningMembers { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>How messages name the cap when "OptionsType.CapMember" would mislead (a cap that lives on subclasses).</summary>
    public string? CapDisplay { get; init; }

    /// <summary>What happens when no cap is set, for the LLM0001 message; default "the response length and cost are unbounded".</summary>
    public string? MissingCapConsequence { get; init; }

    /// <summary>Cap values with a documented special meaning (Ollama: -1 infinite, -2 fill the context) that value rules leave alone.</summary>
    public ImmutableArray<long> SpecialCapValues { get; init; } = ImmutableArray<long>.Empty;

    /// <summary>The smallest cap the API accepts (OpenAI Responses: 16).</summary>
    public int MinimumCap { get; init; } = 1;

    /// <summary>A cap of exactly 0 is meaningful (Anthropic: warm the prompt cache without generating).</summary>
    public bool ZeroCapAllowed { get; init; }

    /// <summary>Beta headers may raise the model's output cap (Anthropic Beta).</summary>
    public bool AllowsBetaCaps { get; init; }

    /// <summary>A cap the SDK itself refuses on non-streaming calls for some models.</summary>
    public NonStreamingLimit? NonStreamingLimit { get; init; }

    public ImmutableArray<(string Method, RequestKind Kind)> Methods { get; }

    /// <summary>Overloads taking this type send raw content (protocol methods); the cap cannot be seen there.</summary>
    public string? RawContentType { get; init; }
}

/// <summary>A constructor (<c>.ctor</c>) or factory method that creates a client, with the parameters that give it a model or a default cap.</summary>
internal sealed class ClientFactoryDescriptor
{
    public ClientFactoryDescriptor(string containingType, string method, string? capParameter = null, string? modelParameter = null)
    {
        ContainingType = containingType;
        Method = method;
        CapParameter = capParameter;
        ModelParameter = modelParameter;
    }

    public string ContainingType { get; }

    public string Method { get; }

    public string? CapParameter { get; }

    public string? ModelParameter { get; }

    /// <summary>A parameter taking options (of a request's options type) that apply to the client's requests passing none.</summary>
    public string? OptionsParameter { get; init; }

    /// <summary>The client is made from the receiver (a chat session started from a model) and keeps its model and defaults.</summary>
    public bool InheritsReceiver { get; init; }

    /// <summary>The model argument names a deployment (Azure), not a model: it counts only when it is a model id or alias exactly, or an override.</summary>
    public bool ModelIsDeployment { get; init; }
}

/// <summary>The SDK refuses non-streaming requests above <see cref="MaxTokens"/> for these models unless the client has an explicit timeout.</summary>
internal sealed class NonStreamingLimit
{
    public NonStreamingLimit(long maxTokens, string timeoutMember, params string[] models)
    {
        MaxTokens = maxTokens;
        TimeoutMember = timeoutMember;
        Models = ImmutableArray.Create(models);
    }

    public long MaxTokens { get; }

    /// <summary>The member that sets a timeout on the client or on its options argument.</summary>
    public string TimeoutMember { get; }

    /// <summary>Exact model ids, as the SDK compares them.</summary>
    public ImmutableArray<string> Models { get; }
}

/// <summary>A thinking budget: its path, the API minimum, and whether it must stay below the output-token cap.</summary>
internal sealed class ThinkingBudget
{
    public ThinkingBudget(string member, long minimum, bool belowCap, bool modelRange = false)
    {
        Member = member;
        Minimum = minimum;
        BelowCap = belowCap;
        ModelRange = modelRange;
    }

    /// <summary>The accepted range depends on the model (the catalog's thinking-budget range; -1 means dynamic).</summary>
    public bool ModelRange { get; }

    /// <summary>The budget's path on the options object (<c>Thinking.BudgetTokens</c>).</summary>
    public string Member { get; }

    public long Minimum { get; }

    /// <summary>Thinking tokens count toward the cap, so the budget must be smaller than it.</summary>
    public bool BelowCap { get; }

    /// <summary>An options member that lifts <see cref="BelowCap"/> unless it is provably off (interleaved thinking).</summary>
    public string? BelowCapWaiver { get; init; }
}

/// <summary>How a generated guard compares a finish reason with the values that mean "cut off".</summary>
internal enum ComparisonForm
{
    /// <summary>A C# enum: <c>x is E.A or E.B</c>.</summary>
    Enum,

    /// <summary>A string-backed struct or class with static members and <c>op_Equality</c>: <c>x == T.A || x == T.B</c>.</summary>
    StaticMember,

    /// <summary>Anthropic's <c>ApiEnum&lt;string, TEnum&gt;</c>: <c>x?.Value() is TEnum.A or TEnum.B</c>.</summary>
    ApiEnum,

    /// <summary>A plain string: <c>x is "a" or "b"</c>.</summary>
    String,
}

/// <summary>The truncation test of a guard: <c>{access} compared with Values</c>, in <see cref="Form"/>.</summary>
internal sealed class GuardSpec
{
    public GuardSpec(string access, ComparisonForm form, string? valueType, params string[] values)
    {
        Access = access;
        Form = form;
        ValueType = valueType;
        Values = ImmutableArray.Create(values);
        ValuesDisplay = values.Length == 0 ? "" : "'" + string.Join("' or '", values) + "'";
    }

    /// <summary>A condition that must hold before <see cref="Access"/> can be read, with <c>{0}</c> for the target (<c>{0}.Candidates?.Count &gt; 0</c>).</summary>
    public string? Precondition { get; init; }

    /// <summary>C# member access appended to the response expression (<c>FinishReason</c>, <c>IncompleteStatusDetails?.Reason</c>); empty for the value itself.</summary>
    public string Access { get; }

    public ComparisonForm Form { get; }

    /// <summary>Metadata name of the type whose members are <see cref="Values"/>; null for <see cref="ComparisonForm.String"/>.</summary>
    public string? ValueType { get; }

    /// <summary>Member names of <see cref="ValueType"/>, or string literals for <see cref="ComparisonForm.String"/>.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>The values quoted, for messages: <c>'MaxTokens' or 'ModelContextWindowExceeded'</c>.</summary>
    public string ValuesDisplay { get; }
}

/// <summary>A non-streaming response type.</summary>
internal sealed class ResponseDescriptor
{
    public ResponseDescriptor(string type, string[] contentMembers, string[] checkMembers, params GuardSpec[] guards)
    {
        Type = type;
        ContentMembers = ImmutableArray.Create(contentMembers);
        CheckMembers = ImmutableArray.Create(checkMembers);
        Guards = ImmutableArray.Create(guards);
    }

    public string Type { get; }

    /// <summary>Members of <see cref="Type"/> whose read consumes the generated content, or "Type.Member" of a nested item (a choice's message), consumed wherever the method reads it.</summary>
    public ImmutableArray<string> ContentMembers { get; }

    /// <summary>Members (of <see cref="Type"/>, or "Type.Member" elsewhere) whose read counts as checking the finish reason.</summary>
    public ImmutableArray<string> CheckMembers { get; }

    /// <summary>The guard, or several when SDK versions differ in the finish reason's kind: the first whose value type has the values applies.</summary>
    public ImmutableArray<GuardSpec> Guards { get; }

    public GuardSpec Guard => Guards[0];
}

/// <summary>A streaming update type and how a loop over it records the last finish reason.</summary>
internal sealed class StreamDescriptor
{
    public StreamDescriptor(string updateType, string[] contentMembers, string[] checkSymbols, string recordedType, string recordedName, string record, params GuardSpec[] guards)
    {
        UpdateType = updateType;
        ContentMembers = ImmutableArray.Create(contentMembers);
        CheckSymbols = ImmutableArray.Create(checkSymbols);
        RecordedType = recordedType;
        RecordedName = recordedName;
        Record = record;
        Guards = ImmutableArray.Create(guards);
    }

    /// <summary>The element type of the stream (subclasses match too).</summary>
    public string UpdateType { get; }

    /// <summary>"Type.Member" whose read in the loop consumes generated content.</summary>
    public ImmutableArray<string> ContentMembers { get; }

    /// <summary>"Type.Member" reads, or type names used in a type test, that count as checking the finish reason.</summary>
    public ImmutableArray<string> CheckSymbols { get; }

    /// <summary>C# type of the local that records the finish reason (nullable).</summary>
    public string RecordedType { get; }

    /// <summary>Preferred name of that local.</summary>
    public string RecordedName { get; }

    /// <summary>A statement for the top of the loop body; <c>{update}</c> and <c>{recorded}</c> are the names, <c>{fresh:name}</c> a new one.</summary>
    public string Record { get; }

    /// <summary>The truncation test applied to the recorded local (variants as for responses).</summary>
    public ImmutableArray<GuardSpec> Guards { get; }

    public GuardSpec Guard => Guards[0];
}

internal sealed class WrapperDescriptor
{
    public WrapperDescriptor(string type, string valueMember)
    {
        Type = type;
        ValueMember = valueMember;
    }

    /// <summary>A generic type definition (<c>System.ClientModel.ClientResult`1</c>) or a plain type whose member holds the response or stream.</summary>
    public string Type { get; }

    public string ValueMember { get; }
}

internal sealed class AggregatorDescriptor
{
    public AggregatorDescriptor(string containingType, string method)
    {
        ContainingType = containingType;
        Method = method;
    }

    public string ContainingType { get; }

    public string Method { get; }
}
