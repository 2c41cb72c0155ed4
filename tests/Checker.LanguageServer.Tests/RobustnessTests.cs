using System.Text;
using Checker.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Checker.LanguageServer.Tests;

/// <summary>Bad input gets an error answer or a log line; the server keeps serving and exits cleanly on request.</summary>
public sealed class RobustnessTests
{
    private const string Uri = "file:///drafts/robust.md";

    [Fact]
    public async Task Unknown_document_unknown_method_and_malformed_message_leave_the_server_running()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();

        var unknownDocument = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = "file:///nowhere.md" }, ["position"] = new JObject { ["line"] = 0, ["character"] = 0 },
        }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, unknownDocument.ErrorCode); // InvalidParams

        var unknownMethod = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("checker/noSuchMethod", new JObject()));
        Assert.Equal(JsonRpcErrorCode.MethodNotFound, unknownMethod.ErrorCode);

        // A frame whose body is not JSON, written straight to the server's stdin.
        var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":");
        await client.RawInput.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await client.RawInput.WriteAsync(body);
        await client.RawInput.FlushAsync();

        // Still serving: a draft opened afterwards is checked and its hover answered.
        const string draft = "Canada has committed $7.5 billion in military assistance to Ukraine since the beginning of 2022.\n";
        await client.OpenAsync(Uri, draft);
        var diagnostics = await client.DiagnosticsAsync(Uri, 1);
        Assert.Contains(diagnostics, d => (string?)d["code"] == "FC1001");
        Assert.Contains("FC9000", client.Stderr);

        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Garbage_inside_frames_is_named_and_the_server_resynchronises_on_the_next_header()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        async Task WriteAsync(string raw)
        {
            await client.RawInput.WriteAsync(Encoding.UTF8.GetBytes(raw));
            await client.RawInput.FlushAsync();
        }
        const string notification = "{\"jsonrpc\":\"2.0\",\"method\":\"checker/unknownNotification\",\"params\":{}}";

        // A Content-Length too large: the frame's claimed body runs into the next frame, which must still be read.
        await WriteAsync($"Content-Length: {notification.Length + 300}\r\n\r\n{notification}");
        await client.OpenAsync(Uri, "First.\n");
        Assert.NotNull(await client.DiagnosticsAsync(Uri, 1));
        // A Content-Length too small, a body that is not JSON, a truncated body, a header without a number.
        await WriteAsync($"Content-Length: 10\r\n\r\n{notification}");
        await WriteAsync("Content-Length: 11\r\n\r\nhello world");
        await WriteAsync($"Content-Length: {notification.Length}\r\n\r\n{notification[..20]}");
        await WriteAsync("Content-Length: twelve\r\n\r\n");
        const string draft = "Canada has committed $7.5 billion in military assistance to Ukraine since the beginning of 2022.\n";
        await client.ChangeAsync(Uri, 2, TextRanges.RangeOf("First.\n", "First."), draft.TrimEnd());
        Assert.Contains(await client.DiagnosticsAsync(Uri, 2), d => (string?)d["code"] == "FC1001");

        // Requests still get their answers, and stderr names each problem with FC9000.
        var hover = await client.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri }, ["position"] = new JObject { ["line"] = 0, ["character"] = 25 },
        });
        Assert.NotNull(hover);
        var stderr = client.Stderr;
        Assert.Contains($"FC9000: skipped a frame: its Content-Length is {notification.Length + 300}", stderr);
        Assert.Contains("FC9000: skipped a malformed message (invalid JSON", stderr);
        Assert.Contains("FC9000: skipped a frame: Content-Length 'twelve' is not a byte count", stderr);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Malformed_params_get_an_error_response()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, "Some text.\n");
        var error = await Assert.ThrowsAnyAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri }, ["position"] = "not a position",
        }));
        Assert.NotEqual(0, error.ErrorCode);
        var missingRange = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri }, ["context"] = new JObject(),
        }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, missingRange.ErrorCode);
        // An edit for a range past the end of the text is clamped, not fatal.
        await client.ChangeAsync(Uri, 2, TextRanges.RangeOf("Some text.\n", "text"), "words");
        await client.ChangeAsync(Uri, 3, JObject.Parse("{\"start\":{\"line\":40,\"character\":0},\"end\":{\"line\":50,\"character\":9}}"), "Tail.");
        Assert.NotNull(await client.DiagnosticsAsync(Uri, 3));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = TestClient.Start();
        await client.InitializeAsync();
        await client.Rpc.NotifyAsync("exit");
        Assert.Equal(1, await client.WaitForExitAsync());
    }
}
