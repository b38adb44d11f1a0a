#!/usr/bin/env python3
"""Where the samples under one method go: a Java Flight Recording's execution samples that contain ANCHOR, split by
the method ANCHOR calls (Spring proxies, AOP and reflection frames skipped), with DEPTH levels below it.

  jfr print --events jdk.ExecutionSample --stack-depth 96 target/bench/people-search-100000.jfr > /tmp/samples.txt
  bench/jfr-breakdown.py /tmp/samples.txt org.huquq.people.PersonManagement.register
  bench/jfr-breakdown.py /tmp/samples.txt org.huquq.people.PersonManagement.search 2
"""
import collections
import re
import sys

SKIP = re.compile(r"SpringCGLIB|\$Proxy|springframework\.(aop|transaction|data|dao)|jdk\.internal\.reflect|"
                  r"java\.lang\.reflect|java\.lang\.invoke|RepositoryMethodInvoker|ReflectionUtils")


def main():
    path, anchor = sys.argv[1], sys.argv[2]
    depth = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    text = open(path, encoding="utf-8").read()
    total, under = 0, 0
    split = collections.Counter()
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)  # leaf first
        if not frames:
            continue
        total += 1
        if anchor not in frames:
            continue
        under += 1
        below = [f for f in reversed(frames[:frames.index(anchor)]) if not SKIP.search(f)]  # caller to leaf
        split[" > ".join(below[:depth]) or "(self)"] += 1
    print(f"{under} of {total} samples under {anchor}")
    for path_, count in split.most_common(25):
        print(f"{count:7d} {100.0 * count / max(under, 1):5.1f}%  {path_}")


if __name__ == "__main__":
    main()
