/// Order statistics of distance lists, by selection rather than sorting (linear time).

/// The q-th percentile with linear interpolation between order statistics (numpy's and
/// torch's default, used by MONAI and MetricsReloaded):
///
///     h = (n − 1)·q/100,  P_q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
///
/// evaluated as numpy's `_lerp` does (from the upper value when the fraction is ≥ ½) so the
/// result agrees with theirs to the last bit. Reorders `values`.
public func linearPercentile(_ values: inout [Double], _ q: Double) -> Double {
    let n = values.count
    precondition(n > 0)
    let h = q / 100 * Double(n - 1)
    let k = Int(h.rounded(.down)), t = h - Double(k)
    return values.withUnsafeMutableBufferPointer { a -> Double in
        select(&a, 0, n, k, by: <)
        let low = a[k]
        guard k + 1 < n, t > 0 else { return low }
        var high = a[k + 1]
        for i in (k + 1)..<n { high = min(high, a[i]) }
        let difference = high - low
        return t >= 0.5 ? high - difference * (1 - t) : low + difference * t
    }
}

/// DeepMind's area-weighted percentile: the smallest distance `d` whose cumulative weight
/// `Σ_{dᵢ ≤ d} wᵢ / Σ wᵢ` reaches q/100 (nearest rank, no interpolation; numpy's
/// `searchsorted(cumsum(w)/sum(w), q/100)` on the sorted distances). Reorders both arrays.
func weightedNearestRankPercentile(_ distances: inout [Double], _ weights: inout [Double], _ q: Double) -> Double {
    let n = distances.count
    precondition(n > 0 && weights.count == n)
    var pairs = (0..<n).map { (distances[$0], weights[$0]) }
    let total = weights.reduce(0, +)
    var target = q / 100 * total
    // Narrow [lo, hi) around the answer: partition by a pivot distance and keep the side where
    // the cumulative weight crosses the target.
    return pairs.withUnsafeMutableBufferPointer { a -> Double in
        var lo = 0, hi = n
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            select(&a, lo, hi, mid) { $0.0 < $1.0 }
            let pivot = a[mid].0
            // Three-way split: [lo, i) < pivot, [i, j) == pivot, [j, hi) > pivot.
            var i = lo, j = hi, p = lo
            while p < j {
                if a[p].0 < pivot { a.swapAt(p, i); i += 1; p += 1 } else if a[p].0 > pivot { j -= 1; a.swapAt(p, j) } else { p += 1 }
            }
            var below = 0.0
            for x in lo..<i { below += a[x].1 }
            var equal = 0.0
            for x in i..<j { equal += a[x].1 }
            if below >= target && i > lo { hi = i } else if below + equal >= target || j == hi { return pivot } else {
                target -= below + equal
                lo = j
            }
        }
        return a[lo].0
    }
}

/// Reorders `a[lo..<hi]` so that `a[k]` is the element a full sort would put there, with no
/// larger element before it and no smaller one after (Hoare's quickselect, median-of-three).
func select<T>(_ a: inout UnsafeMutableBufferPointer<T>, _ lo: Int, _ hi: Int, _ k: Int, by less: (T, T) -> Bool) {
    var lo = lo, hi = hi - 1
    while hi > lo {
        let mid = (lo + hi) / 2
        if less(a[mid], a[lo]) { a.swapAt(mid, lo) }
        if less(a[hi], a[lo]) { a.swapAt(hi, lo) }
        if less(a[hi], a[mid]) { a.swapAt(hi, mid) }
        let pivot = a[mid]
        var i = lo, j = hi
        while i <= j {
            while less(a[i], pivot) { i += 1 }
            while less(pivot, a[j]) { j -= 1 }
            if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
        }
        if k <= j { hi = j } else if k >= i { lo = i } else { return }
    }
}
