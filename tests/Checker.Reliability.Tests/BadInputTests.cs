using System.Net.Sockets;
using System.Text;
using Checker.Reliability.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Checker.Reliability.Tests;

/// <summary>Bad drafts and paths, each through the `checker` process: a correct result, or a one-line message naming file and position with exit 2.</summary>
public class BadInputTests
{
    private const string Claim = "Canada has committed $7.5 billion in military assistance to Ukraine since 2022.";

    private static JObject Json(CliRun run) => JObject.Parse(run.Stdout);

    private static JArray Diagnostics(CliRun run) => (JArray)Json(run)["files"]![0]!["diagnostics"]!;

    private static JArray Claims(CliRun run) => (JArray)Json(run)["files"]![0]!["claims"]!;

    [Fact]
    public void A_binary_file_is_refused_naming_the_first_NUL_byte()
    {
        using var dir = new TempDir();
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);
        bytes[0] = (byte)'#'; bytes[1] = (byte)'\n'; bytes[2] = (byte)'a'; bytes[3] = 0;
        var file = dir.Bytes("image.md", bytes);
        CheckerProcess.Run("verify", file).AssertInputError(file, "(2,2): error FC9000: not a text file");
    }

    [Fact]
    public void Invalid_UTF8_is_replaced_and_the_rest_of_the_draft_is_checked()
    {
        using var dir = new TempDir();
        var bytes = new List<byte>();
        bytes.AddRange(new byte[] { 0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82 }); // not UTF-8, and a truncated sequence
        bytes.AddRange(Encoding.UTF8.GetBytes(" " + Claim + "\n\nA lone \xC0 byte: "));
        bytes.AddRange(new byte[] { 0xC0, 0x80, 0xED, 0xA0, 0x80 }); // overlong NUL, encoded surrogate
        bytes.AddRange(Encoding.UTF8.GetBytes("\n"));
        var file = dir.Bytes("mojibake.md", bytes.ToArray());
        var run = CheckerProcess.Run("verify", file, "--format", "json", "--as-of", "2025-09-01").AssertChecked();
        var claim = Assert.Single(Claims(run));
        Assert.Equal("$7.5 billion", (string)claim["text"]!);
        Assert.Contains(Diagnostics(run), d => (string)d["id"]! == "FC1001");
    }

    [Fact]
    public void A_50_MB_file_is_refused_at_once_with_a_clear_message()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "huge.md");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            var paragraph = Claim + " The guarantees are backed by more than 30 countries.\n\n";
            for (var written = 0L; written < 50L * 1024 * 1024; written += paragraph.Length) writer.Write(paragraph);
        }
        CheckerProcess.Run("verify", file).AssertInputError(file, "(1,1): error FC9000: the file is 50.0 MB; drafts larger than 16 MB are not checked");
    }

    [Fact]
    public void A_1_MB_single_line_is_checked()
    {
        using var dir = new TempDir();
        var sb = new StringBuilder();
        var i = 0;
        while (sb.Length < 1024 * 1024) sb.Append(i++ % 50 == 0 ? Claim + " " : "and the war went on for a long time, ");
        var file = dir.File("line.md", sb.ToString());
        var run = CheckerProcess.Run("verify", file, "--format", "json", "--as-of", "2025-09-01").AssertChecked();
        Assert.True(Claims(run).Count > 100);
        Assert.All(Claims(run), c => Assert.Equal(0, (int)c["range"]!["start"]!["line"]!));
    }

    [Theory]
    [InlineData("quotes", ">", "")]
    [InlineData("lists", "- ", "")]
    [InlineData("spaced-quotes", "> ", "")]
    [InlineData("indented-lists", "", "- ")]
    public void Deeply_nested_quotes_and_lists_are_read_as_text_with_a_problem_at_their_line(string name, string prefix, string perLine)
    {
        using var dir = new TempDir();
        var text = new StringBuilder("# Title\n\nIntro.\n\n");
        if (perLine.Length == 0) text.Append(string.Concat(Enumerable.Repeat(prefix, 10_000))).Append(' ').Append(Claim).Append('\n');
        else for (var level = 0; level < 3000; level++) text.Append(new string(' ', 2 * level)).Append(perLine).Append(level == 2999 ? Claim : "item").Append('\n');
        var file = dir.File(name + ".md", text.ToString());
        var run = CheckerProcess.Run("verify", file, "--format", "json", "--as-of", "2025-09-01").AssertChecked();
        var problem = Assert.Single(Diagnostics(run), d => (string)d["id"]! == "FC9003");
        Assert.Contains("nested", (string)problem["message"]!);
        Assert.True((int)problem["range"]!["start"]!["line"]! >= 4);
        Assert.Contains(Claims(run), c => (string)c["text"]! == "$7.5 billion"); // still checked
    }

    [Theory]
    [InlineData("brackets", "[", "]")]
    [InlineData("images", "![", "](")]
    [InlineData("emphasis", "*_", "")]
    [InlineData("links", "[a](", "")]
    [InlineData("footnotes", "[^", "")]
    public void Pathological_inline_markup_is_skipped_with_a_problem_and_the_prose_is_still_checked(string name, string open, string close)
    {
        using var dir = new TempDir();
        var junk = string.Concat(Enumerable.Repeat(open, 50_000)) + "x" + string.Concat(Enumerable.Repeat(close, 50_000));
        var file = dir.File(name + ".md", Claim + "\n\n" + junk + "\n\n" + Claim + "\n");
        var run = CheckerProcess.Run("verify", file, "--format", "json", "--as-of", "2025-09-01").AssertChecked();
        Assert.Contains(Diagnostics(run), d => (string)d["id"]! == "FC9003");
        Assert.Equal(2, Claims(run).Count(c => (string)c["text"]! == "$7.5 billion"));
    }

    [Fact]
    public void A_million_digits_is_not_a_figure()
    {
        using var dir = new TempDir();
        var file = dir.File("digits.md", "The total was $" + new string('7', 1_000_000) + " billion.\n\n" + new string('1', 1_000_000) + "\n");
        var run = CheckerProcess.Run("verify", file, "--format", "json").AssertChecked();
        Assert.Empty(Claims(run));
    }

    [Theory]
    [InlineData("---\ntitle: x\nthis line has no colon\n---\n" + Claim + "\n", 3, "not 'key: value'")]
    [InlineData("---\nas_of: yesterday\n---\n" + Claim + "\n", 2, "not a date")]
    [InlineData("---\ndate: 2025-02-30\n---\n" + Claim + "\n", 2, "not a date")]
    public void Malformed_front_matter_is_an_FC9003_error_at_its_line(string draft, int line, string says)
    {
        using var dir = new TempDir();
        var file = dir.File("front.md", draft);
        var run = CheckerProcess.Run("verify", file);
        Assert.Equal(1, run.ExitCode);
        run.AssertHandled();
        Assert.Contains($"front.md({line},1): error FC9003: ", run.Stdout);
        Assert.Contains(says, run.Stdout);
    }

    [Fact]
    public void Unclosed_front_matter_is_read_as_Markdown()
    {
        using var dir = new TempDir();
        var file = dir.File("open.md", "---\nas_of: 2025-09-01\n" + string.Concat(Enumerable.Repeat("key: value\n", 20_000)) + Claim + "\n");
        CheckerProcess.Run("verify", file, "--format", "json").AssertChecked();
    }

    [Fact]
    public void A_missing_path_is_an_input_error()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "nowhere.md");
        CheckerProcess.Run("verify", file).AssertInputError(file, "(1,1): error FC9000: no such file or folder");
    }

    [Fact]
    public void An_unreadable_file_is_an_input_error()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "socket.md");
        // Root reads any file whatever its mode, so an unreadable "file" is made from a Unix socket: it exists, and reading it fails.
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(file));
        CheckerProcess.Run("verify", file).AssertInputError(file, "(1,1): error FC9000: cannot read");
    }

    // File modes are Unix's: the project's machines and CI are Linux.
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_mode_000_file_is_an_input_error_unless_running_as_root()
    {
        using var dir = new TempDir();
        var file = dir.File("secret.md", Claim);
        File.SetUnixFileMode(file, UnixFileMode.None);
        var run = CheckerProcess.Run("verify", file);
        if (Environment.UserName == "root") run.AssertChecked(); // root may read it: a correct result
        else run.AssertInputError(file, "cannot read");
    }

    [Fact]
    public void A_directory_is_searched_for_Markdown_and_an_empty_one_checks_nothing()
    {
        using var dir = new TempDir();
        dir.File("drafts/a.md", Claim);
        dir.File("drafts/sub/b.markdown", Claim);
        dir.File("drafts/notes.txt", Claim);
        Directory.CreateDirectory(Path.Combine(dir.Path, "empty"));
        var run = CheckerProcess.Run("verify", Path.Combine(dir.Path, "drafts"), "--format", "json", "--as-of", "2025-09-01").AssertChecked();
        Assert.Equal(2, ((JArray)Json(run)["files"]!).Count);
        var empty = CheckerProcess.Run("verify", Path.Combine(dir.Path, "empty")).AssertChecked();
        Assert.Equal(0, empty.ExitCode);
        Assert.StartsWith("0 files", empty.Stdout);
    }

    [Fact]
    public void A_directory_named_like_a_draft_is_searched_not_read()
    {
        using var dir = new TempDir();
        dir.File("chapter.md/part.md", Claim);
        var run = CheckerProcess.Run("verify", Path.Combine(dir.Path, "chapter.md"), "--format", "json", "--as-of", "2025-09-01").AssertChecked();
        Assert.Single((JArray)Json(run)["files"]!);
    }

    [Fact]
    public void An_empty_file_and_a_whitespace_file_have_no_claims()
    {
        using var dir = new TempDir();
        var empty = dir.File("empty.md", "");
        var blank = dir.File("blank.md", " \n\t\r\n\u00A0\u2029\n");
        var run = CheckerProcess.Run("verify", empty, blank, "--format", "json").AssertChecked();
        Assert.Equal(0, run.ExitCode);
    }
}
