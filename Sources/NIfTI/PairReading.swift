import Dispatch

extension NIfTI {
    /// Reads two label maps at once, one per core: the reference and the prediction of a case,
    /// whose decompression is most of a pair's reading time. Each result is the map or the
    /// error that file gave, so the caller reports them in its own order.
    public static func readLabelPair(_ first: String, _ second: String) -> (Result<LabelMap, Error>, Result<LabelMap, Error>) {
        let paths = [first, second]
        let slots = LockedSlots<Result<LabelMap, Error>>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            slots[i] = Result { try readLabels(paths[i]) }
        }
        return (slots[0]!, slots[1]!)
    }
}

/// Slots written by different threads, one each, read after they have all finished.
private final class LockedSlots<Value>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = DispatchSemaphore(value: 1)
    init(count: Int) { values = Array(repeating: nil, count: count) }
    subscript(index: Int) -> Value? {
        get { lock.wait(); defer { lock.signal() }; return values[index] }
        set { lock.wait(); values[index] = newValue; lock.signal() }
    }
}
