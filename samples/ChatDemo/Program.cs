using ChatDemo;

// Building this project is the demo: the compiler prints an LLM warning on every line marked "expect".
// Running it calls the real APIs only when asked to and when the keys are set.
if (args is not ["live"])
{
    Console.WriteLine("Build output above shows the LlmAnalyzers diagnostics. Run with 'live' (and OPENAI_API_KEY / ANTHROPIC_API_KEY set) to call the APIs.");
    return;
}

var openAi = new OpenAIChat(Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "");
Console.WriteLine(await openAi.SummarizeAsync("Roslyn analyzers run inside the compiler."));
