using Checker.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static Checker.LanguageServer.Tests.Infrastructure.TextRanges;

namespace Checker.LanguageServer.Tests;

/// <summary>Seeds and settings changes rebuild the fact base and re-check open drafts without a restart.</summary>
public sealed class SettingsAndSeedsTests : IDisposable
{
    private const string Uri = "file:///drafts/dev-02-figures.md";
    private readonly string _draft = Repository.Draft("dev-02-figures.md");
    private readonly string _workspace = Directory.CreateTempSubdirectory("checker-lsp-ws-").FullName;

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    private string CopySeeds()
    {
        var seeds = Path.Combine(_workspace, "my-sources");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(Repository.Seeds)) File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        return seeds;
    }

    [Fact]
    public async Task Editing_a_source_under_the_configured_seeds_folder_rechecks_open_drafts()
    {
        var seeds = CopySeeds();
        await using var client = TestClient.Start(new JObject { ["seeds"] = "my-sources" });
        await client.InitializeAsync(rootPath: _workspace);
        await client.OpenAsync(Uri, _draft);

        var figure = RangeOf(_draft, "$7.5 billion");
        var before = await client.DiagnosticsAsync(Uri, 1);
        var fc1001 = before.Single(d => (string?)d["code"] == "FC1001" && JToken.DeepEquals(d["range"], figure));
        var evidenceUri = (string)fc1001["relatedInformation"]![0]!["location"]!["uri"]!;
        Assert.StartsWith(new Uri(seeds).AbsoluteUri, evidenceUri);

        // The source now agrees with the draft.
        var path = new Uri(evidenceUri).LocalPath;
        var published = client.Published.Count;
        File.WriteAllText(path, File.ReadAllText(path).Replace("6.5 billion", "7.5 billion"));
        await client.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeWatchedFiles", new JObject
        {
            ["changes"] = new JArray(new JObject { ["uri"] = evidenceUri, ["type"] = 2 }),
        });
        var after = await WaitForNewPublicationAsync(client, published);
        Assert.DoesNotContain(after, d => (string?)d["code"] == "FC1001" && JToken.DeepEquals(d["range"], figure));

        // The server asked the client to watch the seeds, so an editor reports such changes by itself.
        lock (client.Handlers.Registrations)
            Assert.Contains(client.Handlers.Registrations.SelectMany(r => r["registrations"]!),
                r => (string?)r["method"] == "workspace/didChangeWatchedFiles" && r.ToString().Contains("seeds"));
    }

    [Fact]
    public async Task A_broken_manifest_is_reported_as_FC9001_and_the_previous_facts_stay()
    {
        var seeds = CopySeeds();
        await using var client = TestClient.Start(new JObject { ["seeds"] = seeds });
        await client.InitializeAsync(rootPath: _workspace);
        await client.OpenAsync(Uri, _draft);
        await client.DiagnosticsAsync(Uri, 1);

        var manifest = Path.Combine(seeds, "manifest.json");
        File.WriteAllText(manifest, "{ \"sources\": [ { \"file\": 42 } ] }");
        await client.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeWatchedFiles", new JObject
        {
            ["changes"] = new JArray(new JObject { ["uri"] = new Uri(manifest).AbsoluteUri, ["type"] = 2 }),
        });
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JObject? report = null;
        while (report is null && DateTime.UtcNow < deadline)
        {
            report = client.Published.LastOrDefault(p => (string?)p["uri"] == new Uri(manifest).AbsoluteUri);
            await Task.Delay(100);
        }
        Assert.NotNull(report);
        Assert.Equal("FC9001", (string?)report!["diagnostics"]![0]!["code"]);
        Assert.EndsWith("rules/FC9001.md", (string?)report["diagnostics"]![0]!["codeDescription"]!["href"]);

        // Still checking with the last good facts.
        await client.ChangeAsync(Uri, 2, RangeOf(_draft, "Paris"), "Paris");
        Assert.Contains(await client.DiagnosticsAsync(Uri, 2), d => (string?)d["code"] == "FC1001");
    }

    [Fact]
    public async Task Severity_settings_apply_after_a_configuration_change()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, _draft);
        var before = await client.DiagnosticsAsync(Uri, 1);
        Assert.Contains(before, d => (string?)d["code"] == "FC1001" && (int)d["severity"]! == 2);

        var published = client.Published.Count;
        client.Handlers.Settings = new JObject { ["severity"] = new JObject { ["FC1001"] = "error", ["FC5001"] = "off" } };
        await client.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = new JObject() });
        var after = await WaitForNewPublicationAsync(client, published);
        Assert.Contains(after, d => (string?)d["code"] == "FC1001");
        Assert.All(after.Where(d => (string?)d["code"] == "FC1001"), d => Assert.Equal(1, (int)d["severity"]!));
        Assert.DoesNotContain(after, d => (string?)d["code"] == "FC5001");
    }

    [Fact]
    public async Task A_client_that_pulls_gets_diagnostics_on_request_and_none_pushed()
    {
        await using var client = TestClient.Start();
        var capabilities = TestClient.DefaultCapabilities();
        capabilities["textDocument"]!["diagnostic"] = new JObject { ["dynamicRegistration"] = false };
        var init = await client.InitializeAsync(capabilities: capabilities);
        Assert.NotNull(init["capabilities"]!["diagnosticProvider"]);
        await client.OpenAsync(Uri, _draft);

        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri } });
        Assert.Equal("full", (string?)report!["kind"]);
        Assert.Contains(report["items"]!, d => (string?)d["code"] == "FC1001" && Slice(_draft, d["range"]!) == "$7.5 billion");
        await Task.Delay(500);
        Assert.DoesNotContain(client.Published, p => (string?)p["uri"] == Uri);
    }

    private static async Task<JArray> WaitForNewPublicationAsync(TestClient client, int seen)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var fresh = client.Published.Skip(seen).LastOrDefault(p => (string?)p["uri"] == Uri);
            if (fresh is not null) return (JArray)fresh["diagnostics"]!;
            await Task.Delay(100);
        }
        throw new TimeoutException("no new diagnostics; stderr:\n" + client.Stderr);
    }
}
