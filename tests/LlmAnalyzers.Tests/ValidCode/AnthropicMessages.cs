// Valid-code corpus: correct use of the official Anthropic SDK, Beta messages and streaming. The analyzers must report nothing here.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Anthropic;
using Anthropic.Core;
using Anthropic.Models.Messages;
using Beta = Anthropic.Models.Beta.Messages;

namespace ValidCode.AnthropicSamples;

public sealed record Verdict(bool Approved, string Reason);

public sealed class ClaudeService(AnthropicClient client)
{
    private static readonly MessageCreateParams Base = new()
    {
        Model = Model.ClaudeSonnet4_5,
        MaxTokens = 1_024,
        Messages = [],
    };

    // MaxTokens is required; stop reason compared with the enum.
    public async Task<IReadOnlyList<ContentBlock>> AskAsync(string question)
    {
        var message = await client.Messages.Create(new MessageCreateParams
        {
            Model = Model.ClaudeSonnet4_6,
            MaxTokens = 1024,
            Messages = [new UserMessageParam { Content = question }],
        });
        if (message.StopReason == StopReason.MaxTokens)
            throw new InvalidOperationException("The answer was cut off.");
        return message.Content;
    }

    // A copy with `with`; the stop reason compared with the wire string.
    public async Task<int> CountBlocksAsync(string question)
    {
        var parameters = Base with { MaxTokens = 512, Messages = [new UserMessageParam { Content = question }] };
        var message = await client.Messages.Create(parameters);
        if (message.StopReason == "max_tokens")
            return 0;
        return message.Content.Count;
    }

    // A switch over the stop reason, then JSON.
    public async Task<Verdict?> ReviewAsync(string diff)
    {
        var parameters = new MessageCreateParams
        {
            Model = "claude-haiku-4-5",
            MaxTokens = 300,
            Messages = [new UserMessageParam { Content = $"Review as JSON: {diff}" }],
        };
        Message message = await client.Messages.Create(parameters);
        switch (message.StopReason?.Value())
        {
            case StopReason.EndTurn:
                var text = string.Concat(message.Content.Select(block => block.TryPickText(out var t) ? t.Text : ""));
                return JsonSerializer.Deserialize<Verdict>(text);
            default:
                return null;
        }
    }

    // Opus 4 above 8192 tokens without streaming is fine on a client with an explicit timeout.
    public async Task<Message> ReportAsync(string question)
    {
        var patient = new AnthropicClient { Timeout = TimeSpan.FromMinutes(20) };
        return await patient.Messages.Create(new MessageCreateParams
        {
            Model = "claude-opus-4-0",
            MaxTokens = 20_000,
            Messages = [new UserMessageParam { Content = question }],
        });
    }

    // Streaming: text deltas written, the message delta's stop reason recorded and checked.
    public async Task<string> StreamAsync(string prompt)
    {
        var parameters = new MessageCreateParams
        {
            Model = "claude-opus-4-0",
            MaxTokens = 16_000,
            Messages = [new UserMessageParam { Content = prompt }],
        };
        var text = new StringBuilder();
        ApiEnum<string, StopReason>? stopReason = null;
        await foreach (var streamEvent in client.Messages.CreateStreaming(parameters))
        {
            if (streamEvent.TryPickDelta(out var messageDelta))
                stopReason = messageDelta.Delta.StopReason ?? stopReason;
            if (streamEvent.TryPickContentBlockDelta(out var blockDelta) && blockDelta.Delta.TryPickText(out var textDelta))
                text.Append(textDelta.Text);
        }

        return stopReason == StopReason.MaxTokens ? throw new InvalidOperationException("Cut off.") : text.ToString();
    }

    // A stream aggregated into one message.
    public async Task<IReadOnlyList<ContentBlock>> AggregateAsync(MessageCreateParams parameters)
    {
        var message = await client.Messages.CreateStreaming(parameters).Aggregate();
        return message.StopReason?.Value() is StopReason.MaxTokens or StopReason.ModelContextWindowExceeded ? [] : message.Content;
    }

    // Beta messages: the beta stop reason.
    public async Task<int> BetaAsync(string question)
    {
        var parameters = new Beta::MessageCreateParams
        {
            Model = Model.ClaudeSonnet4_5,
            MaxTokens = 2_048,
            Messages = [new Beta::BetaUserMessageParam { Content = question }],
        };
        Beta::BetaMessage message = await client.Beta.Messages.Create(parameters);
        if (message.StopReason == Beta::BetaStopReason.MaxTokens)
            return -1;
        return message.Content.Count;
    }

    // Beta streaming with the check inside the loop.
    public async Task<string> BetaStreamAsync(Beta::MessageCreateParams parameters)
    {
        var text = new StringBuilder();
        await foreach (var streamEvent in client.Beta.Messages.CreateStreaming(parameters))
        {
            if (streamEvent.TryPickDelta(out var messageDelta) && messageDelta.Delta.StopReason == Beta::BetaStopReason.MaxTokens)
                throw new InvalidOperationException("Cut off.");
            if (streamEvent.TryPickContentBlockDelta(out var blockDelta))
                text.Append(blockDelta.Delta);
        }

        return text.ToString();
    }

    // The whole message leaves.
    public Task<Message> SendAsync(MessageCreateParams parameters) => client.Messages.Create(parameters);
}
