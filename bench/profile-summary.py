"""python3 bench/profile-summary.py <profile.cpuprofile> [N]: top N self-time entries of a V8 CPU profile."""
import collections
import json
import sys

profile = json.load(open(sys.argv[1]))
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
nodes = {n['id']: n for n in profile['nodes']}
per_node = collections.Counter()
for sample, delta in zip(profile['samples'], profile['timeDeltas']):
    per_node[sample] += delta
total = sum(per_node.values())
per_frame = collections.Counter()
for nid, t in per_node.items():
    cf = nodes[nid]['callFrame']
    per_frame[(cf['functionName'] or '(anonymous)', cf['url'].split('/')[-1], cf['lineNumber'] + 1)] += t
print(f'sampled {total / 1000:.0f} ms')
for (name, url, line), t in per_frame.most_common(top):
    print(f'{t / 1000:9.1f} ms {100 * t / total:5.1f}%  {name}  {url}:{line}')
