using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace LlmAnalyzers.EndToEnd;

internal sealed record CommandResult(string Command, string Directory, int ExitCode, string Output, TimeSpan Duration)
{
    public override string ToString() => $"`{Command}` in {Directory} exited with {ExitCode} after {Duration.TotalSeconds:0.0} s. Output:\n{Output}";

    public CommandResult EnsureSuccess()
        => ExitCode == 0 ? this : throw new InvalidOperationException("Command failed: " + this);
}

/// <summary>Runs the dotnet CLI as a user would, without the MSBuild state of the `dotnet test` that runs us.</summary>
internal static class Dotnet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static CommandResult Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
                lock (output)
                    output.Append(e.Data).Append('\n');
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            output.Append($"\n[killed after {Timeout.TotalMinutes} minutes]\n");
        }

        process.WaitForExit(); // drains the output handlers
        var command = "dotnet " + string.Join(" ", arguments);
        lock (output)
            return new CommandResult(command, directory, process.HasExited ? process.ExitCode : -1, output.ToString(), stopwatch.Elapsed);
    }
}
