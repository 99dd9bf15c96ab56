/// Hands raw buffers across `concurrentPerform`'s `@Sendable` closure. Each use writes disjoint
/// elements (one slot per iteration), which is what makes the unchecked promise true.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// A fixed-size array whose slots are written by different threads, one slot each.
/// Backed by raw memory: a Swift array property would be subject to exclusivity checks on
/// every concurrent write.
final class UnsafeSendableArray<Element>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Element>
    init(count: Int, repeating value: Element) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: value)
    }
    deinit {
        storage.deinitialize()
        storage.deallocate()
    }
    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }
    var elements: [Element] { Array(storage) }
}

import Dispatch

/// Runs `body` for every index on all cores and returns the results in index order.
public func parallelMap<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let results = UnsafeSendableArray<T?>(count: count, repeating: nil)
    DispatchQueue.concurrentPerform(iterations: count) { results[$0] = body($0) }
    return results.elements.map { $0! }
}
