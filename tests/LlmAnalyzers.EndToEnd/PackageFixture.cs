using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LlmAnalyzers.EndToEnd;

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackageFixture>
{
    // One collection: the tests run one after another (2 cores), sharing one packed feed.
    public const string Name = "EndToEnd";
}

/// <summary>
/// Packs LlmAnalyzers once per run, with a version no other run uses, into a folder feed under a fresh temporary root, and
/// prepares that root for consumer projects: a nuget.config that adds the feed to the machine's sources, and Directory.*
/// files that stop MSBuild from looking further up. The build of the pack goes to the root too, not into the repository.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        var id = Guid.NewGuid().ToString("N").Substring(0, 12);
        Root = Path.Combine(Path.GetTempPath(), "llm-e2e-" + id);
        Version = "0.0.0-e2e-" + id;
        var feed = Path.Combine(Root, "feed");
        try
        {
            Directory.CreateDirectory(feed);
            Pack = Dotnet.Run(
                Repository.Root, "pack", Repository.PathOf("src/LlmAnalyzers.Package/LlmAnalyzers.Package.csproj"),
                "-c", "Release", "-o", feed, "-tl:off", "-nologo", "-p:PackageVersion=" + Version,
                "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + Path.Combine(Root, "artifacts")).EnsureSuccess();
            PackagePath = Path.Combine(feed, $"LlmAnalyzers.{Version}.nupkg");
            if (!File.Exists(PackagePath))
                throw new InvalidOperationException($"{PackagePath} was not produced. {Pack}");

            File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <add key="llmanalyzers-e2e" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), """
                <Project>
                  <PropertyGroup>
                    <Nullable>enable</Nullable>
                    <LangVersion>latest</LangVersion>
                    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), PackageVersions());

            var locals = Dotnet.Run(Root, "nuget", "locals", "global-packages", "--list").EnsureSuccess();
            GlobalPackagesFolder = locals.Output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("global-packages:", StringComparison.Ordinal))
                .Substring("global-packages:".Length).Trim();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Root { get; }

    /// <summary>Unique per run, so a package cached by an earlier run is never used.</summary>
    public string Version { get; }

    public string PackagePath { get; } = "";

    internal CommandResult Pack { get; } = null!;

    public string GlobalPackagesFolder { get; } = "";

    public Consumer CreateConsumer(string name) => new(Directory.CreateDirectory(Path.Combine(Root, name)).FullName);

    /// <summary>The samples/ChatDemo app, referencing the package instead of the projects.</summary>
    public Consumer CreateSampleConsumer(string name)
    {
        var consumer = CreateConsumer(name);
        var sample = Repository.PathOf("samples/ChatDemo");
        foreach (var file in Directory.GetFiles(sample, "*.cs"))
            File.Copy(file, Path.Combine(consumer.Directory, Path.GetFileName(file)));

        // The sample's own settings (its [*.cs] section) come along; tests add theirs after them.
        var settings = File.ReadAllLines(Path.Combine(sample, ".editorconfig")).Where(l => l.Contains('=') && !l.TrimStart().StartsWith('#') && !l.TrimStart().StartsWith('['));
        consumer.WriteEditorConfig(settings.ToArray());

        var project = XDocument.Load(Path.Combine(sample, "ChatDemo.csproj"));
        project.Descendants("ProjectReference").Remove();
        project.Root!.Add(new XElement("ItemGroup", new XElement("PackageReference", new XAttribute("Include", "LlmAnalyzers"))));
        project.Save(Path.Combine(consumer.Directory, name + ".csproj"));
        return consumer;
    }

    /// <summary>A packed file's text.</summary>
    public string ReadPackageFile(string path)
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        var entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"{path} is not in {PackagePath}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The severities (.editorconfig terms) the packed preset of <paramref name="mode"/> gives, by rule ID.</summary>
    public IReadOnlyDictionary<string, string> Preset(string mode)
        => Regex.Matches(ReadPackageFile($"configuration/{mode.ToLowerInvariant()}.globalconfig"), @"^dotnet_diagnostic\.(?<id>\w+)\.severity\s*=\s*(?<severity>\w+)", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["severity"].Value);

    public void Dispose()
    {
        TryDelete(Root);
        if (GlobalPackagesFolder.Length > 0)
        {
            var id = Path.Combine(GlobalPackagesFolder, "llmanalyzers");
            TryDelete(Path.Combine(id, Version));
            if (Directory.Exists(id) && !Directory.EnumerateFileSystemEntries(id).Any())
                TryDelete(id);
        }
    }

    /// <summary>The repository's central package versions (the SDK versions the sample uses), plus this run's LlmAnalyzers.</summary>
    private string PackageVersions()
    {
        var versions = XDocument.Load(Repository.PathOf("Directory.Packages.props")).Descendants("PackageVersion").ToList();
        versions.Add(new XElement("PackageVersion", new XAttribute("Include", "LlmAnalyzers"), new XAttribute("Version", Version)));
        return new XDocument(new XElement("Project", new XElement("ItemGroup", versions))).ToString();
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
