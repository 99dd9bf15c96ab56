#!/usr/bin/env python3
"""Differential fuzz of SegBench's datasets.json and methods.json readers (issue 20, part 7).

  fuzz-json.py batch CORPUS OUT SEED START COUNT
      writes mutants START..START+COUNT-1 of run SEED into OUT: OUT/<i>.datasets.json or
      OUT/<i>.methods.json, and beside each OUT/<i>.oracle.json, Python's reading of it.

The seed corpus (Tests/CatalogTests/FuzzCorpus/) holds the shipped datasets.json and methods.json
and two small documents of each kind. Each mutant depends only on (SEED, i): a failing index is
reproduced by `batch CORPUS OUT SEED i 1`. A mutant is one to three edits of its seed: byte edits
of the text (a flipped byte, a span cut or doubled, a JSON token dropped in, a cut-off end) or edits
of the parsed document, written back (a value replaced by one of another type, a huge or
fractional number, a deep nesting, a key deleted, misspelt or given twice, a path that climbs out
of the root, an unknown placeholder).

The oracle is Python's json read strictly: UTF-8, no NaN or Infinity, no key twice in one object.
`{"valid": false}` when it refuses; otherwise `{"valid": true, "digest": ...}`, the facts SegBench
must read the same way when it accepts the document: for datasets.json every label space's labels,
every dataset's label space and label map, and the split names; for methods.json every method's
kind and version. The Swift side (Tests/CatalogTests/CatalogFuzzTests.swift) loads each mutant
with `Catalog.load` or `MethodCatalog.load`: it must refuse it (a `CatalogError` naming the file)
or accept a document the oracle accepts and read the same digest.
"""
import json, os, random, sys


class Refused(Exception):
    pass


def strict_load(data):
    text = data.decode('utf-8')  # strict: invalid UTF-8 raises

    def pairs(items):
        keys = [k for k, _ in items]
        if len(set(keys)) != len(keys):
            raise Refused('duplicate key')
        return dict(items)

    def constant(name):
        raise Refused(name)

    return json.loads(text, object_pairs_hook=pairs, parse_constant=constant)


def whole(v):
    """A number as SegBench's integer() reads it: whole and below 1e15, else None."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    if isinstance(v, float) and (v != v or v in (float('inf'), float('-inf'))):
        return None
    if v != int(v) or abs(v) >= 1e15:
        return None
    return int(v)


def text(v):
    if not isinstance(v, str):
        raise TypeError(v)
    return v


def digest(kind, doc):
    """The facts compared when SegBench accepts; None when they are not of the expected shape
    (SegBench must then refuse, which the Swift side checks by the missing digest). A dataset's
    label map is in it when the document gives one (CHAOS's comes from its PNG decoders)."""
    try:
        if kind == 'datasets':
            spaces = {name: {text(label): whole(v) for label, v in space['labels'].items()}
                      for name, space in doc['label_spaces'].items()}
            datasets = {}
            for name, d in doc['datasets'].items():
                datasets[name] = {'label_space': text(d['label_space'])}
                if 'label_map' in d:
                    datasets[name]['label_map'] = {str(int(k)): text(v) for k, v in d['label_map'].items()}
            return {'label_spaces': spaces, 'datasets': datasets, 'splits': sorted(doc.get('splits', {}).keys())}
        return {'methods': {name: {'kind': text(m['kind']), 'version': text(m.get('version', ''))}
                            for name, m in doc['methods'].items()}}
    except Exception:
        return None


TOKENS = [b'{', b'}', b'[', b']', b',', b':', b'"', b'null', b'true', b'1e999', b'-0', b'NaN', b'Infinity',
          b'"\\u0000"', b'"\\ud800"', b'\xff', b'\xc3', b'\\', b'"..\\/..\\/etc"', b'0.5', b'-1', b'99999999999999999999']


def byte_edit(rng, data):
    data = bytearray(data)
    if not data:
        return bytes(rng.choice(TOKENS))
    op = rng.randrange(5)
    i = rng.randrange(len(data))
    if op == 0:
        data[i] ^= 1 << rng.randrange(8)
    elif op == 1:
        del data[i:i + rng.randint(1, 64)]
    elif op == 2:
        j = min(len(data), i + rng.randint(1, 64))
        data[i:i] = data[i:j]
    elif op == 3:
        data[i:i] = rng.choice(TOKENS)
    else:
        del data[i:]
    return bytes(data)


def nodes(value):
    """Every (path, value) of the document, depth first, without recursion (a generator that
    yields from itself is quadratic in the depth, and mutants nest thousands deep)."""
    found, stack = [], [((), value)]
    while stack:
        path, v = stack.pop()
        found.append((path, v))
        if isinstance(v, dict):
            stack.extend((path + (k,), x) for k, x in v.items())
        elif isinstance(v, list):
            stack.extend((path + (k,), x) for k, x in enumerate(v))
    return found


def get(doc, path):
    for k in path:
        doc = doc[k]
    return doc


def other_value(rng):
    return rng.choice([
        'liver', '', '../outside/x.nii.gz', '/absolute/x.nii.gz', 'img{idd}.nii.gz', 'case_{id', '\u00e9\u4e2d', 'x' * 300,
        0, 1, -1, 255, 256, 1.5, 1e300, -0.0, 10 ** 20, True, False, None, [], {}, [1, 2], {'a': 1},
        'CT', 'MR', 'all_mapped', 'command', 'builtin', 'predictions',
    ])


def deep(n):
    value = 1
    for _ in range(n):
        value = [value]
    return value


def tree_edit(rng, doc):
    """One edit of the parsed document; returns (doc, duplicate) where duplicate names a key
    (path, key) to write twice."""
    candidates = list(nodes(doc))
    path, value = rng.choice(candidates)
    op = rng.randrange(6)
    if op == 0 and path:
        parent = get(doc, path[:-1])
        parent[path[-1]] = other_value(rng)
    elif op == 1 and path:
        parent = get(doc, path[:-1])
        parent[path[-1]] = deep(rng.choice([10, 100, 600]))
    elif op == 2 and isinstance(value, dict) and value:
        del value[rng.choice(list(value))]
    elif op == 3 and isinstance(value, dict) and value:
        key = rng.choice(list(value))
        new = key[:-1] if len(key) > 1 and rng.random() < 0.5 else key + rng.choice('sxe_')
        value[new] = value.pop(key)
    elif op == 4 and isinstance(value, dict) and value:
        return doc, (path, rng.choice(list(value)))
    elif op == 5 and isinstance(value, list) and value:
        value.append(rng.choice(value))
    else:
        if path:
            parent = get(doc, path[:-1])
            parent[path[-1]] = other_value(rng)
    return doc, None


def dumps(rng, doc, duplicate):
    # No indent for deep nestings: Python's encoder indents in quadratic time.
    indent = rng.choice([None, 1, 2]) if max(len(p) for p, _ in nodes(doc)) < 50 else None
    text = json.dumps(doc, indent=indent, ensure_ascii=rng.random() < 0.5)
    if duplicate is None:
        return text.encode('utf-8')
    path, key = duplicate
    # Written again with the first key given twice: the object serialised by hand.
    obj = get(doc, path)
    first = json.dumps(key) + ': ' + json.dumps(obj[key])
    other = json.dumps(key) + ': ' + json.dumps(other_value(rng))
    body = ', '.join([first] + [json.dumps(k) + ': ' + json.dumps(v) for k, v in obj.items() if k != key] + [other])
    marker = '"__duplicate_marker__"'
    parent = get(doc, path[:-1]) if path else None
    if parent is None:
        return ('{' + body + '}').encode('utf-8')
    parent[path[-1]] = '__duplicate_marker__'
    text = json.dumps(doc)
    parent[path[-1]] = obj
    return text.replace(marker, '{' + body + '}', 1).encode('utf-8')


def mutant(rng, seed_bytes):
    data = seed_bytes
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.5:
            data = byte_edit(rng, data)
        else:
            try:
                doc = strict_load(data)
            except Exception:
                data = byte_edit(rng, data)
                continue
            doc, duplicate = tree_edit(rng, doc)
            data = dumps(rng, doc, duplicate)
    return data


def batch(corpus, out, seed, start, count):
    os.makedirs(out, exist_ok=True)
    seeds = sorted(f for f in os.listdir(corpus) if f.endswith('.json'))
    contents = {f: open(os.path.join(corpus, f), 'rb').read() for f in seeds}
    sys.setrecursionlimit(20000)
    for i in range(start, start + count):
        rng = random.Random(f'{seed}:{i}')
        name = rng.choice(seeds)
        kind = 'datasets' if name.startswith('datasets') else 'methods'
        data = mutant(rng, contents[name])
        with open(os.path.join(out, f'{i}.{kind}.json'), 'wb') as f:
            f.write(data)
        try:
            doc = strict_load(data)
            oracle = {'valid': True, 'digest': digest(kind, doc)}
        except (Refused, ValueError, RecursionError, UnicodeDecodeError):
            oracle = {'valid': False}
        with open(os.path.join(out, f'{i}.oracle.json'), 'w') as f:
            json.dump(oracle, f, sort_keys=True, allow_nan=False)


if __name__ == '__main__':
    if len(sys.argv) == 7 and sys.argv[1] == 'batch':
        batch(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))
    else:
        sys.exit(__doc__)
