#!/usr/bin/env python3
"""Where a .NET process's CPU went, from `perf script` output: the frames holding most samples, inclusive and self.

The JIT's frames are named from /tmp/perf-PID.map (written when DOTNET_PerfMapEnabled=1; with
DOTNET_EnableWriteXorExecute=0, or the code sits in a double-mapped memfd perf cannot match to the map); frames perf
cannot name are shown as their library (ReadyToRun code of the framework, native code without symbols). Used by
bench/web.sh --profile.

    perf script -i perf.data -F ip,sym,dso | bench/perf-frames.py /tmp/perf-PID.map [TOP]
"""
import bisect
import re
import sys
from collections import Counter


def load_map(path):
    rows = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split(" ", 2)
            if len(parts) == 3:
                rows.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
    rows.sort()
    return [r[0] for r in rows], rows


def short(name):
    """A JIT name without its argument list, assembly and tier: `Namespace.Type::Method`."""
    name = re.sub(r"\[(OptimizedTier1|Optimized|Tier0|Tier1|QuickJitted|PreJIT|Instrumented[A-Za-z0-9]*|OptimizedTier1OSR)\]$", "", name)
    name = re.sub(r"^(instance )?(class |valuetype )?\S+ ", "", name, count=1) if " [" in name else name
    name = re.sub(r"\[[^\]]+\]", "", name)
    return re.sub(r"\(.*$", "", name)


def main():
    starts, rows = load_map(sys.argv[1])
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 60

    def resolve(address, symbol, library):
        if symbol and symbol != "[unknown]" and not symbol.startswith("0x"):
            return short(symbol) if "::" in symbol else symbol
        i = bisect.bisect_right(starts, address) - 1
        if i >= 0 and address < rows[i][0] + rows[i][1]:
            return short(rows[i][2])
        return f"[{library.rsplit('/', 1)[-1]}]" if library and library != "[unknown]" else "[unknown]"

    inclusive, self_, samples = Counter(), Counter(), 0
    stack = []

    def flush():
        nonlocal samples
        if stack:
            samples += 1
            self_[stack[0]] += 1
            for frame in set(stack):
                inclusive[frame] += 1
        stack.clear()

    for line in sys.stdin:
        line = line.strip()
        if not line:
            flush()
            continue
        library = ""
        if line.endswith(")") and " (" in line:
            line, library = line[:-1].rsplit(" (", 1)
        parts = line.split(None, 1)
        try:
            address = int(parts[0], 16)
        except ValueError:
            continue
        symbol = parts[1].split("+0x")[0] if len(parts) > 1 else ""
        stack.append(resolve(address, symbol, library))
    flush()

    print(f"{samples} samples")
    print(f"inclusive (the frame or what it called), top {top}:")
    for frame, n in inclusive.most_common(top):
        print(f"  {100 * n / samples:5.1f}%  {frame}")
    print(f"self (the frame's own code), top {top // 2}:")
    for frame, n in self_.most_common(top // 2):
        print(f"  {100 * n / samples:5.1f}%  {frame}")


if __name__ == "__main__":
    main()
