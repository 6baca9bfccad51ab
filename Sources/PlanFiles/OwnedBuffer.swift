extension UnsafeMutableBufferPointer {
    /// A copy of `array` in memory the caller owns and frees (`deallocate()`), read later
    /// without counting references (`PlanDocument`, `KeyTable`); no memory for an empty array.
    static func copy(of array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        guard !array.isEmpty else { return UnsafeMutableBufferPointer(start: nil, count: 0) }
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        array.withUnsafeBufferPointer { buffer.baseAddress!.initialize(from: $0.baseAddress!, count: array.count) }
        return buffer
    }
}
