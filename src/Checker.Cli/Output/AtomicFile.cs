namespace Checker.Cli.Output;

/// <summary>Replaces a file in one step: a reader sees the old content or the new, never half of it.</summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.checker-tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            if (File.Exists(full) && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            File.Move(temp, full, overwrite: true); // a rename within one folder: atomic on POSIX file systems
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
