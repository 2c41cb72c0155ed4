using BenchmarkDotNet.Running;
using Checker.Benchmarks;

if (args.Length > 0 && args[0] == "probe") return Probe.Run(args[1..]);
if (args.Length > 0 && args[0] == "scale") return Scale.Run(args[1..]);
if (args.Length > 0 && args[0] == "snapshot") return SnapshotScale.Run(args[1..]);
if (args.Length > 0 && args[0] == "loop") return CheckLoop.Run(args[1..]);
if (args.Length > 0 && args[0] == "stages") return StageCost.Run(args[1..]);
if (args.Length > 0 && args[0] == "rules") return RuleCost.Run(args[1..]);
if (args.Length > 0 && args[0] == "collected") return CollectedStageCost.Run(args[1..]);
if (args.Length > 0 && args[0] == "allocations") return AllocationTypes.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
