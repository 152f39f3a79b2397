// Valid-code corpus: correct use of the OpenAI Responses API. The analyzers must report nothing here.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using OpenAI.Responses;

namespace ValidCode.OpenAIResponsesSamples;

public sealed class ResponsesService(ResponsesClient client)
{
    private static readonly CreateResponseOptions Template = new() { Model = "gpt-4.1-mini", MaxOutputTokenCount = 600 };

    // Cap and model in the initializer; status compared.
    public async Task<string> AnswerAsync(string question)
    {
        var options = new CreateResponseOptions { Model = "gpt-4.1-mini", MaxOutputTokenCount = 500 };
        options.InputItems.Add(ResponseItem.CreateUserMessageItem(question));
        ResponseResult response = await client.CreateResponseAsync(options);
        if (response.Status == ResponseStatus.Incomplete)
            throw new InvalidOperationException($"Incomplete answer: {response.IncompleteStatusDetails?.Reason}");
        return response.GetOutputText();
    }

    // The constructor that takes the model and the input; cap assigned afterwards; reason compared.
    public string Outline(string topic)
    {
        var options = new CreateResponseOptions("gpt-4o", [ResponseItem.CreateUserMessageItem($"Outline: {topic}")]);
        options.MaxOutputTokenCount = 16_384;
        var response = client.CreateResponse(options).Value;
        return response.IncompleteStatusDetails?.Reason == ResponseIncompleteStatusReason.MaxOutputTokens ? "" : response.GetOutputText();
    }

    // A static template: the options come from elsewhere.
    public async Task<IReadOnlyList<string>> ItemsAsync()
    {
        var response = (await client.CreateResponseAsync(Template)).Value;
        if (response.IncompleteStatusDetails is not null)
            return [];
        return response.OutputItems.Select(item => item.Id).ToList();
    }

    // Streaming: the incomplete event is handled in the loop.
    public async Task<string> StreamAsync(string prompt)
    {
        var options = new CreateResponseOptions { Model = "o4-mini", MaxOutputTokenCount = 4_000 };
        options.InputItems.Add(ResponseItem.CreateUserMessageItem(prompt));
        var text = new StringBuilder();
        await foreach (var update in await client.CreateResponseStreamingAsync(options))
        {
            switch (update)
            {
                case StreamingResponseOutputTextDeltaUpdate delta:
                    text.Append(delta.Delta);
                    break;
                case StreamingResponseIncompleteUpdate incomplete:
                    throw new InvalidOperationException($"Stopped early: {incomplete.Response.IncompleteStatusDetails?.Reason}");
            }
        }

        return text.ToString();
    }

    // The whole result is returned to the caller, who checks it.
    public Task<System.ClientModel.ClientResult<ResponseResult>> SendAsync(CreateResponseOptions options) => client.CreateResponseAsync(options);
}
