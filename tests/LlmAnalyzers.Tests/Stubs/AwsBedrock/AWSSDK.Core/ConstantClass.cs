// Test stub of AWSSDK.Core v4: only what AWSSDK.BedrockRuntime's surface needs (sdk-surface.md §h).
#nullable disable
using System;
using System.Collections.Generic;
using System.Net;
using System.Reflection;

[assembly: AssemblyVersion("4.0.0.0")]

namespace Amazon.Runtime
{
    // Base of the SDK's string "enums": public static readonly fields, reference equality by Value.
    public class ConstantClass
    {
        protected ConstantClass(string value) { Value = value; }

        public string Value { get; }

        public ConstantClass Intern() => this;
        public override string ToString() => Value;
        public string ToString(IFormatProvider provider) => Value;
        public static implicit operator string(ConstantClass value) => value?.Value;

        protected static T FindValue<T>(string value) where T : ConstantClass => throw null!;

        public override bool Equals(object obj) => obj is ConstantClass other && Equals(other);
        public virtual bool Equals(ConstantClass obj) => obj is not null && string.Equals(Value, obj.Value, StringComparison.Ordinal);
        public override int GetHashCode() => Value?.GetHashCode() ?? 0;
        public static bool operator ==(ConstantClass a, ConstantClass b) => a is null ? b is null : a.Equals(b);
        public static bool operator !=(ConstantClass a, ConstantClass b) => !(a == b);
    }

    public abstract class AmazonWebServiceRequest
    {
    }

    public class AmazonWebServiceResponse
    {
        public HttpStatusCode HttpStatusCode { get; set; }
        public ResponseMetadata ResponseMetadata { get; set; }
        public long ContentLength { get; set; }
    }

    public class ResponseMetadata
    {
        public string RequestId { get; set; }
        public IDictionary<string, string> Metadata { get; }
    }

    public abstract class AmazonServiceClient : IDisposable
    {
        public void Dispose() { }
    }

    public abstract class ClientConfig
    {
        public Amazon.RegionEndpoint RegionEndpoint { get; set; }
    }

    public abstract class AWSCredentials
    {
    }
}

namespace Amazon
{
    public class RegionEndpoint
    {
        private RegionEndpoint() { }
        public static readonly RegionEndpoint USEast1 = new RegionEndpoint();
        public static readonly RegionEndpoint USWest2 = new RegionEndpoint();
        public static readonly RegionEndpoint EUCentral1 = new RegionEndpoint();
        public string SystemName { get; }
    }
}

namespace Amazon.Runtime.Documents
{
    // Untyped JSON-like value (model-specific request fields such as Claude's thinking budget).
    public readonly struct Document
    {
        public Document(bool value) { }
        public Document(int value) { }
        public Document(long value) { }
        public Document(double value) { }
        public Document(string value) { }
        public Document(Dictionary<string, Document> values) { }
        public Document(List<Document> values) { }

        public bool IsDictionary() => throw null!;
        public Dictionary<string, Document> AsDictionary() => throw null!;
        public string AsString() => throw null!;
        public int AsInt() => throw null!;

        public static implicit operator Document(bool value) => new Document(value);
        public static implicit operator Document(int value) => new Document(value);
        public static implicit operator Document(long value) => new Document(value);
        public static implicit operator Document(double value) => new Document(value);
        public static implicit operator Document(string value) => new Document(value);
        public static implicit operator Document(Dictionary<string, Document> values) => new Document(values);
        public static implicit operator Document(List<Document> values) => new Document(values);
    }
}

namespace Amazon.Runtime.EventStreams
{
    public interface IEventStreamEvent
    {
    }

    public class EventStreamEventReceivedArgs<T> : EventArgs where T : IEventStreamEvent
    {
        public EventStreamEventReceivedArgs(T eventStreamEvent) { EventStreamEvent = eventStreamEvent; }
        public T EventStreamEvent { get; }
    }
}
