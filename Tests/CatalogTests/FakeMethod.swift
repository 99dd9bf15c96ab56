import Catalog
import Foundation
import Store

/// A fake external method, written by the tests: every step of the method contract, and every
/// way a method goes wrong, chosen per case.
///
/// Its good predictions are an oracle's: the case's reference label map translated into the
/// manifest's values (the test hands it the reference paths and the native → space values), so
/// a correctly checked, translated and scored case has Dice exactly 1 for every structure it
/// holds. Faults (`FAKE_FAULTS`, case → fault): `crash` (exit 3), `hang` (sleeps, with a child
/// process, past any limit), `garbage` (bytes that are not NIfTI), `wrong_grid` (one voxel
/// more along x), `out_of_range` (label value 77), `missing` (writes nothing, exits 0),
/// `big_sidecar` (a good prediction with a 100 KiB sidecar), `chatty` (a good prediction after
/// 200,000 lines of output, 2.3 MB), `fifo_sidecar` (a FIFO where the sidecar goes: reading it
/// would hang), `binary_sidecar` (bytes that are not UTF-8).
/// A seeded run (`seeds`, with `{seed}` in the argument vectors when `seedArgument`) records
/// the seed it was given in `model.json`, and an odd seed halves the liver.
/// `FAKE_DELAY` seconds of sleep per predict call make a run slow enough to be killed part-way.
/// `marker`: `SEGBENCH_TEST_MARKER` in the method's environment, which every process it starts
/// inherits: the tests find the method's processes by it.
enum FakeMethod {
    static let script = #"""
    #!/usr/bin/env python3
    import gzip, json, os, shutil, struct, subprocess, sys, time

    FORMATS = {2: 'B', 4: 'h', 8: 'i', 16: 'f', 64: 'd', 256: 'b', 512: 'H', 768: 'I'}

    def read_nifti(path):
        raw = open(path, 'rb').read()
        if raw[:2] == b'\x1f\x8b':
            raw = gzip.decompress(raw)
        dims = list(struct.unpack('<8h', raw[40:56]))
        datatype = struct.unpack('<h', raw[70:72])[0]
        offset = int(struct.unpack('<f', raw[108:112])[0])
        n = dims[1] * dims[2] * dims[3]
        fmt = FORMATS[datatype]
        values = struct.unpack('<%d%s' % (n, fmt), raw[offset:offset + n * struct.calcsize(fmt)])
        return bytearray(raw[:348]), dims, values

    def write_labels(path, header, dims, values):
        h = bytearray(header)
        h[40:56] = struct.pack('<8h', 3, dims[1], dims[2], dims[3], 1, 1, 1, 1)
        h[70:74] = struct.pack('<hh', 2, 8)
        h[108:120] = struct.pack('<fff', 352.0, 1.0, 0.0)
        with gzip.open(path, 'wb') as f:
            f.write(bytes(h) + b'\0' * 4 + bytes(values))

    def main():
        step, manifest = sys.argv[1], json.load(open(sys.argv[2]))
        faults = json.loads(os.environ.get('FAKE_FAULTS', '{}'))
        oracle = json.load(open(os.environ['FAKE_ORACLE']))
        if step == 'train':
            for case in manifest['cases']:
                _, _, values = read_nifti(case['label'])
                allowed = {0} | {label['value'] for label in manifest['labels']}
                assert set(values) <= allowed, 'training label outside the manifest: %s' % case['label']
            os.makedirs(manifest['model_folder'], exist_ok=True)
            json.dump({'cases': len(manifest['cases']), 'organs': manifest['organs'],
                       'seed_manifest': manifest.get('seed'), 'seed_argv': sys.argv[3] if len(sys.argv) > 3 else None},
                      open(os.path.join(manifest['model_folder'], 'model.json'), 'w'))
            return
        if not os.path.exists(os.path.join(manifest['model_folder'], 'model.json')):
            sys.exit('no trained model in ' + manifest['model_folder'])
        time.sleep(float(os.environ.get('FAKE_DELAY', '0')))
        for case in manifest['cases']:
            name, output = case['case'], case['output']
            fault = faults.get(name)
            if step == 'interact':
                shutil.copy(case['previous_prediction'], output)
                json.dump({'heard': case['correction']}, open(case['sidecar'], 'w'))
                continue
            if fault == 'crash':
                print('crashing on purpose in', name, file=sys.stderr)
                sys.exit(3)
            if fault == 'hang':
                subprocess.Popen(['sleep', '307'])
                time.sleep(300)
            if fault == 'missing':
                continue
            if fault == 'chatty':
                out = sys.stdout
                for i in range(200000):
                    out.write('chatty %d\n' % i)
                out.flush()
            if fault == 'garbage':
                open(output, 'wb').write(b'this is not a NIfTI file' * 10)
                continue
            truth = oracle[name]
            header, dims, values = read_nifti(truth['label'])
            # The reference in the manifest's values; labels the manifest does not ask for are background.
            wanted = {label['value'] for label in manifest['labels']}
            table = [0] * 256
            for native, value in truth['map'].items():
                table[int(native)] = value if value in wanted else 0
            mapped = [table[v] for v in values]
            if fault == 'out_of_range':
                mapped[len(mapped) // 2] = 77
            # An odd training seed halves the liver: seeds that give different models.
            if fault == 'shrink_liver' or manifest.get('seed', 0) % 2 == 1:
                # A regression, not a failure: the liver loses every other voxel.
                liver = {label['value'] for label in manifest['labels'] if label['name'] == 'liver'}
                seen = 0
                for i, v in enumerate(mapped):
                    if v in liver:
                        seen += 1
                        if seen % 2 == 0:
                            mapped[i] = 0
            if fault == 'wrong_grid':
                dims[1] += 1
                mapped = [0] * (dims[1] * dims[2] * dims[3])
            write_labels(output, header, dims, mapped)
            sidecar = {'instruction': 'segment the ' + ', '.join(manifest['organs'])}
            if fault == 'big_sidecar':
                sidecar['padding'] = 'x' * 100000
            if fault == 'fifo_sidecar':
                os.mkfifo(case['sidecar'])
            elif fault == 'binary_sidecar':
                open(case['sidecar'], 'wb').write(b'\xff\xfe\x00 not text')
            else:
                json.dump(sidecar, open(case['sidecar'], 'w'))

    main()
    """#

    /// Writes the script, an oracle for `cases` and a methods.json with one method, `fake`, into
    /// `folder`; returns the methods.json path.
    static func install(in folder: String, catalog: Catalog, cases: [IndexedCase], faults: [String: String] = [:],
                        delay: Double = 0, timeLimit: Double = 20, interact: Bool = false, version: String = "0.1",
                        marker: String? = nil, seeds: [Int]? = nil, seedArgument: Bool = false) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try script.write(toFile: folder + "/fake.py", atomically: true, encoding: .utf8)
        var oracle: [String: Any] = [:]
        for c in cases {
            let dataset = catalog.datasets[c.dataset]!, space = catalog.labelSpaces[dataset.labelSpace]!
            let map = Dictionary(uniqueKeysWithValues: dataset.labelMap.compactMap { native, name in space.labels[name].map { (String(native), $0) } })
            oracle[c.name] = ["label": c.label, "map": map]
        }
        try JSONSerialization.data(withJSONObject: oracle).write(to: URL(fileURLWithPath: folder + "/oracle.json"))
        func step(_ name: String, batch: Int) -> [String: Any] {
            ["argv": ["python3", "fake.py", name, "{manifest}"] + (seedArgument ? ["{seed}"] : []), "time_limit_s": timeLimit, "batch_size": batch]
        }
        var environment = ["FAKE_ORACLE": folder + "/oracle.json", "FAKE_DELAY": String(delay),
                           "FAKE_FAULTS": String(decoding: try JSONSerialization.data(withJSONObject: faults), as: UTF8.self)]
        if let marker { environment["SEGBENCH_TEST_MARKER"] = marker }
        var method: [String: Any] = [
            "kind": "command", "version": version,
            "train": step("train", batch: 0), "predict": step("predict", batch: 1),
            "environment": environment,
        ]
        if interact { method["interact"] = step("interact", batch: 0) }
        if let seeds { method["seeds"] = seeds }
        let methods: [String: Any] = ["format_version": 1, "methods": ["fake": method]]
        try JSONSerialization.data(withJSONObject: methods, options: .prettyPrinted).write(to: URL(fileURLWithPath: folder + "/methods.json"))
        return folder + "/methods.json"
    }
}
