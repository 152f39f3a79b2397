// Valid-code corpus: caps set through control flow that always sets them before the request. The analyzers must report nothing here.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AIFinishReason = Microsoft.Extensions.AI.ChatFinishReason;

namespace ValidCode.ControlFlowSamples;

public sealed class Budgeted(IChatClient chat, ChatClient openAI)
{
    // The null-check spelling of `??=`.
    public async Task<string> DefaultCapAsync(string prompt, float temperature)
    {
        var options = new ChatOptions { Temperature = temperature };
        if (options.MaxOutputTokens is null)
            options.MaxOutputTokens = 300;
        var response = await chat.GetResponseAsync(prompt, options);
        return response.FinishReason == AIFinishReason.Length ? "" : response.Text;
    }

    public async Task<string> DefaultCapHasValueAsync(string prompt)
    {
        var options = new ChatCompletionOptions { Temperature = 0 };
        if (!options.MaxOutputTokenCount.HasValue)
            options.MaxOutputTokenCount = 300;
        ChatCompletion completion = await openAI.CompleteChatAsync([new UserChatMessage(prompt)], options);
        return completion.FinishReason == OpenAI.Chat.ChatFinishReason.Length ? "" : completion.Content[0].Text;
    }

    // A polling loop that only ends once the cap is set.
    public async Task<string> WhenReadyAsync(string prompt, Func<int?> budget, CancellationToken cancellationToken)
    {
        var options = new ChatOptions();
        while (true)
        {
            if (budget() is int tokens)
            {
                options.MaxOutputTokens = tokens;
                break;
            }

            await Task.Delay(100, cancellationToken);
        }

        var response = await chat.GetResponseAsync(prompt, options, cancellationToken);
        return response.FinishReason == AIFinishReason.Length ? "" : response.Text;
    }

    // Every arm of a switch sets the cap or throws; every branch of an else-if chain sets it.
    public async Task<string> SizedAsync(string prompt, string size)
    {
        var options = new ChatOptions();
        switch (size)
        {
            case "small": options.MaxOutputTokens = 100; break;
            case "large": options.MaxOutputTokens = 2_000; break;
            default: throw new ArgumentOutOfRangeException(nameof(size));
        }

        var response = await chat.GetResponseAsync(prompt, options);
        return response.FinishReason == AIFinishReason.Length ? "" : response.Text;
    }

    public async Task<string> ScaledAsync(string prompt, int words)
    {
        var options = new ChatOptions();
        if (words < 50)
            options.MaxOutputTokens = 100;
        else if (words < 500)
            options.MaxOutputTokens = 1_000;
        else
            options.MaxOutputTokens = 4_000;
        var response = await chat.GetResponseAsync(prompt, options);
        return response.FinishReason == AIFinishReason.Length ? "" : response.Text;
    }

    // Requests in a loop and in a retry handler, with the cap set before.
    public async Task<List<string>> EachAsync(IEnumerable<string> prompts)
    {
        var options = new ChatOptions { MaxOutputTokens = 200 };
        var answers = new List<string>();
        foreach (var prompt in prompts)
        {
            ChatResponse response;
            try
            {
                response = await chat.GetResponseAsync(prompt, options);
            }
            catch (TimeoutException)
            {
                options.MaxOutputTokens = 100;
                response = await chat.GetResponseAsync(prompt, options);
            }

            if (response.FinishReason != AIFinishReason.Length)
                answers.Add(response.Text);
        }

        return answers;
    }

    // Declared first, assigned on both branches.
    public async Task<string> EitherAsync(string prompt, bool brief)
    {
        ChatOptions options;
        if (brief)
            options = new ChatOptions { MaxOutputTokens = 50 };
        else
            options = new ChatOptions { MaxOutputTokens = 500 };
        var response = await chat.GetResponseAsync(prompt, options);
        return response.FinishReason == AIFinishReason.Length ? "" : response.Text;
    }

    // A cap that must be given.
    public async Task<string> RequiredBudgetAsync(string prompt, int? budget)
    {
        var options = new ChatOptions { MaxOutputTokens = budget ?? throw new ArgumentNullException(nameof(budget)) };
        var response = await chat.GetResponseAsync(prompt, options);
        return response.FinishReason == AIFinishReason.Length ? "" : response.Text;
    }
}
