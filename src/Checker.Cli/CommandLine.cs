namespace Checker.Cli;

/// <summary>A mistake in how the tool was called: reported in one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Parsed arguments: positional operands and <c>--name value</c> / <c>--flag</c> options.</summary>
public sealed class CommandLine
{
    private static readonly HashSet<string> Flags = ["--dry-run", "--fix", "--update-baseline", "--stdio", "--no-progress"];
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public List<string> Operands { get; } = [];

    public static CommandLine Parse(string[] args)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = a.IndexOf('=');
                if (eq > 0) { line._options[a[..eq]] = a[(eq + 1)..]; continue; }
                if (Flags.Contains(a)) { line._options[a] = "true"; continue; }
                if (i + 1 >= args.Length) throw new UsageException($"option {a} needs a value");
                line._options[a] = args[++i];
            }
            else line.Operands.Add(a);
        }
        return line;
    }

    public string? Get(string name) => _options.GetValueOrDefault(name);
    public bool Has(string name) => _options.ContainsKey(name);
    public IEnumerable<string> Names => _options.Keys;

    public void Allow(params string[] names)
    {
        foreach (var name in _options.Keys)
        {
            if (!names.Contains(name)) throw new UsageException($"unknown option {name}");
        }
    }

    public T Choice<T>(string name, T fallback, params (string Text, T Value)[] choices)
    {
        var value = Get(name);
        if (value is null) return fallback;
        foreach (var (text, v) in choices)
        {
            if (string.Equals(text, value, StringComparison.OrdinalIgnoreCase)) return v;
        }
        throw new UsageException($"{name} must be one of {string.Join(", ", choices.Select(c => c.Text))}, not '{value}'");
    }
}
