namespace Checker.Core.Facts.Snapshot;

/// <summary>Bytes that are not a readable fact-base snapshot of this format version. Callers rebuild from text.</summary>
public sealed class SnapshotFormatException(string message, Exception? inner = null) : Exception(message, inner);
