using Checker.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static Checker.LanguageServer.Tests.Infrastructure.TextRanges;

namespace Checker.LanguageServer.Tests;

/// <summary>
/// The server reads checker.json as `checker verify` does, reloads it on change, reports a bad file as FC9004 on the file
/// and keeps checking; the editor's settings override it; reading stops at the workspace folder.
/// </summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _draft = Repository.Draft("dev-02-figures.md");
    private readonly string _parent = Directory.CreateTempSubdirectory("checker-lsp-config-").FullName;
    private readonly string _workspace;
    private readonly string _draftPath;
    private readonly string _uri;

    public ConfigurationTests()
    {
        _workspace = Path.Combine(_parent, "workspace");
        Directory.CreateDirectory(Path.Combine(_workspace, "drafts"));
        _draftPath = Path.Combine(_workspace, "drafts", "aid.md");
        File.WriteAllText(_draftPath, _draft);
        _uri = new Uri(_draftPath).AbsoluteUri;
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string ConfigPath => Path.Combine(_workspace, "checker.json");

    private async Task<TestClient> StartAsync(JObject? settings = null)
    {
        var client = TestClient.Start(settings);
        await client.InitializeAsync(rootPath: _workspace);
        return client;
    }

    private static bool IsFc1001At(JToken d, JToken range) => (string?)d["code"] == "FC1001" && JToken.DeepEquals(d["range"], range);

    [Fact]
    public async Task A_rule_turned_off_in_checker_json_is_not_reported_and_the_editor_setting_overrides_the_file()
    {
        File.WriteAllText(ConfigPath, """{ "rules": { "FC1001": "off" } }""");
        await using var client = await StartAsync(new JObject { ["severity"] = new JObject { ["FC5001"] = "off" } });
        await client.OpenAsync(_uri, _draft);
        var diagnostics = await client.DiagnosticsAsync(_uri, 1);
        // Without checker.json the draft has FC1001 findings (the other tests); a setting for another rule leaves the file's rule alone.
        Assert.DoesNotContain(diagnostics, d => (string?)d["code"] == "FC1001");

        // checker.severity wins over the file, rule by rule.
        var seen = client.Published.Count;
        client.Handlers.Settings = new JObject { ["severity"] = new JObject { ["FC1001"] = "hint" } };
        await client.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = new JObject() });
        var after = await NextPublicationAsync(client, _uri, seen);
        Assert.Contains(after, d => IsFc1001At(d, RangeOf(_draft, "$7.5 billion")) && (int)d["severity"]! == 4);
        Assert.All(after.Where(d => (string?)d["code"] == "FC1001"), d => Assert.Equal(4, (int)d["severity"]!));
    }

    [Fact]
    public async Task Editing_checker_json_rechecks_open_drafts_without_a_restart()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(_uri, _draft);
        var figure = RangeOf(_draft, "$7.5 billion");
        Assert.Contains(await client.DiagnosticsAsync(_uri, 1), d => IsFc1001At(d, figure));
        lock (client.Handlers.Registrations)
            Assert.Contains(client.Handlers.Registrations.SelectMany(r => r["registrations"]!), r => r.ToString().Contains("**/checker.json"));

        var seen = client.Published.Count;
        File.WriteAllText(ConfigPath, """{ "rules": { "FC1001": "off" } }""");
        await NotifyChangedAsync(client, ConfigPath, created: true);
        var after = await NextPublicationAsync(client, _uri, seen);
        Assert.DoesNotContain(after, d => (string?)d["code"] == "FC1001");

        seen = client.Published.Count;
        File.WriteAllText(ConfigPath, """{ "rules": { "FC1001": "error" } }""");
        await NotifyChangedAsync(client, ConfigPath);
        after = await NextPublicationAsync(client, _uri, seen);
        Assert.Contains(after, d => IsFc1001At(d, figure) && (int)d["severity"]! == 1);
    }

    [Fact]
    public async Task A_bad_checker_json_is_FC9004_at_its_line_and_column_and_checking_goes_on()
    {
        const string bad = "{\n  \"rules\": {\n    \"FC1001\": \"sometimes\"\n  }\n}\n";
        File.WriteAllText(ConfigPath, bad);
        await using var client = await StartAsync();
        await client.OpenAsync(_uri, _draft);

        // Checking went on without the bad setting: FC1001 keeps its default severity.
        Assert.Contains(await client.DiagnosticsAsync(_uri, 1), d => IsFc1001At(d, RangeOf(_draft, "$7.5 billion")) && (int)d["severity"]! == 2);
        var report = await ReportOnAsync(client, ConfigPath, 1);
        var fc9004 = report.Single();
        Assert.Equal("FC9004", (string?)fc9004["code"]);
        Assert.Equal(1, (int)fc9004["severity"]!);
        Assert.Contains("FC1001", (string?)fc9004["message"]);
        Assert.Equal(2, (int)fc9004["range"]!["start"]!["line"]!);
        Assert.Equal(bad.Split('\n')[2].IndexOf("\"sometimes\"", StringComparison.Ordinal), (int)fc9004["range"]!["start"]!["character"]!);

        // A syntax error drops the whole file, still with a position; repairing the file clears the report.
        File.WriteAllText(ConfigPath, "{\n  \"rules\": { \"FC1001\": \"off\" \n");
        await NotifyChangedAsync(client, ConfigPath);
        var syntax = (await ReportOnAsync(client, ConfigPath, 1, r => (string?)r[0]?["message"] != (string?)fc9004["message"])).Single();
        Assert.Equal("FC9004", (string?)syntax["code"]);
        Assert.True((int)syntax["range"]!["start"]!["line"]! >= 1);
        await client.ChangeAsync(_uri, 2, RangeOf(_draft, "Paris"), "Paris");
        Assert.Contains(await client.DiagnosticsAsync(_uri, 2), d => (string?)d["code"] == "FC1001");

        File.WriteAllText(ConfigPath, """{ "rules": { "FC1001": "off" } }""");
        await NotifyChangedAsync(client, ConfigPath);
        await ReportOnAsync(client, ConfigPath, 0);
    }

    [Fact]
    public async Task Deleting_or_repairing_a_bad_checker_json_clears_its_FC9004_at_once()
    {
        const string bad = "{\n  \"rules\": { \"FC1001\": \"sometimes\" }\n}\n";
        File.WriteAllText(ConfigPath, bad);
        await using var client = await StartAsync();
        await client.OpenAsync(_uri, _draft);
        await client.DiagnosticsAsync(_uri, 1);
        Assert.Equal("FC9004", (string?)(await ReportOnAsync(client, ConfigPath, 1)).Single()["code"]);

        // Deleted: the file is never read again, yet its problems must go.
        File.Delete(ConfigPath);
        await NotifyChangedAsync(client, ConfigPath, deleted: true);
        await ReportOnAsync(client, ConfigPath, 0);

        // Broken again, then repaired while no draft below it is open (so no check would read it).
        File.WriteAllText(ConfigPath, bad);
        await NotifyChangedAsync(client, ConfigPath, created: true);
        await ReportOnAsync(client, ConfigPath, 1);
        await client.Rpc.NotifyWithParameterObjectAsync("textDocument/didClose", new JObject { ["textDocument"] = new JObject { ["uri"] = _uri } });
        File.WriteAllText(ConfigPath, """{ "rules": { "FC1001": "off" } }""");
        await NotifyChangedAsync(client, ConfigPath);
        await ReportOnAsync(client, ConfigPath, 0);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Ignore_this_claim_writes_the_evidence_tied_comment_and_applying_it_removes_the_diagnostic()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(_uri, _draft);
        var figure = RangeOf(_draft, "$7.5 billion");
        Assert.Contains(await client.DiagnosticsAsync(_uri, 1), d => IsFc1001At(d, figure));

        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = _uri }, ["range"] = figure, ["context"] = new JObject { ["diagnostics"] = new JArray() },
        }))!;
        var ignore = actions.Single(a => (string?)a["title"] == "Ignore this claim (FC1001)");
        var edit = ignore["edit"]!["changes"]![_uri]!.Single();
        var text = Apply(_draft, edit["range"]!, (string)edit["newText"]!);
        var line = (int)figure["start"]!["line"]!;
        Assert.Matches(@"^<!-- checker-ignore FC1001 evidence=[0-9a-f]{8} -->$", text.Split('\n')[line]);

        await client.ChangeAsync(_uri, 2, edit["range"]!, (string)edit["newText"]!);
        var after = await client.DiagnosticsAsync(_uri, 2);
        var moved = RangeOf(text, "$7.5 billion");
        Assert.DoesNotContain(after, d => IsFc1001At(d, moved));
        Assert.Contains(after, d => (string?)d["code"] == "FC1001"); // only that finding is silenced
    }

    [Fact]
    public async Task Configuration_outside_the_workspace_folder_is_never_read()
    {
        // Above the workspace, and beside a draft opened from outside it: both would turn FC1001 off if read.
        File.WriteAllText(Path.Combine(_parent, "checker.json"), """{ "rules": { "FC1001": "off" } }""");
        var outside = Path.Combine(_parent, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "checker.json"), """{ "rules": { "FC1001": "off" } }""");
        var outsideUri = new Uri(Path.Combine(outside, "aid.md")).AbsoluteUri;

        await using var client = await StartAsync();
        await client.OpenAsync(_uri, _draft);
        await client.OpenAsync(outsideUri, _draft);
        var figure = RangeOf(_draft, "$7.5 billion");
        Assert.Contains(await client.DiagnosticsAsync(_uri, 1), d => IsFc1001At(d, figure));
        Assert.Contains(await client.DiagnosticsAsync(outsideUri, 1), d => IsFc1001At(d, figure));
        Assert.DoesNotContain(client.Published, p => ((string?)p["uri"])!.EndsWith("checker.json"));

        // Requests naming files that are not open documents are refused, not read from disk.
        foreach (var uri in new[] { "file:///etc/passwd", "file:///etc/hostname", new Uri(Path.Combine(_parent, "checker.json")).AbsoluteUri })
        {
            await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() => client.RequestAsync("textDocument/codeAction", new JObject
            {
                ["textDocument"] = new JObject { ["uri"] = uri }, ["range"] = figure, ["context"] = new JObject(),
            }));
            await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() => client.RequestAsync("workspace/executeCommand", new JObject
            {
                ["command"] = "checker.showFacts", ["arguments"] = new JArray(uri, 0, 0),
            }));
            await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() => client.RequestAsync("textDocument/hover", new JObject
            {
                ["textDocument"] = new JObject { ["uri"] = uri }, ["position"] = new JObject { ["line"] = 0, ["character"] = 0 },
            }));
        }
        // A change notification for a file outside the workspace does not make the server read it either.
        await NotifyChangedAsync(client, Path.Combine(outside, "checker.json"));
        await client.ChangeAsync(outsideUri, 2, RangeOf(_draft, "Paris"), "Paris");
        Assert.Contains(await client.DiagnosticsAsync(outsideUri, 2), d => IsFc1001At(d, figure));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    private static Task NotifyChangedAsync(TestClient client, string path, bool created = false, bool deleted = false) =>
        client.Rpc.NotifyWithParameterObjectAsync("workspace/didChangeWatchedFiles", new JObject
        {
            ["changes"] = new JArray(new JObject { ["uri"] = new Uri(path).AbsoluteUri, ["type"] = deleted ? 3 : created ? 1 : 2 }),
        });

    private static async Task<JArray> NextPublicationAsync(TestClient client, string uri, int seen)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (client.Published.Skip(seen).LastOrDefault(p => (string?)p["uri"] == uri) is { } fresh) return (JArray)fresh["diagnostics"]!;
            await Task.Delay(50);
        }
        throw new TimeoutException("no new diagnostics; stderr:\n" + client.Stderr);
    }

    /// <summary>The latest diagnostics published on a file once they number <paramref name="count"/> (and pass the filter).</summary>
    private static async Task<JArray> ReportOnAsync(TestClient client, string path, int count, Func<JArray, bool>? also = null)
    {
        var uri = new Uri(path).AbsoluteUri;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (client.Published.LastOrDefault(p => (string?)p["uri"] == uri) is { } report && report["diagnostics"] is JArray items &&
                items.Count == count && (also?.Invoke(items) ?? true)) return items;
            await Task.Delay(50);
        }
        throw new TimeoutException($"no report of {count} problems on {path}; stderr:\n" + client.Stderr);
    }
}
