import CZlib
import Foundation

/// A PNG decoded to 8-bit luminance, enough to compare screenshots loosely. Reads the
/// non-interlaced 8-bit RGB, RGBA, grey and grey-alpha images Chromium writes.
struct PNGImage {
    let width: Int
    let height: Int
    /// Row-major, 0 (black) … 255 (white).
    let luminance: [UInt8]

    struct Unreadable: Error, CustomStringConvertible { let description: String }

    init(contentsOf url: URL) throws {
        let data = [UInt8](try Data(contentsOf: url))
        guard data.count > 8, data[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw Unreadable(description: "\(url.lastPathComponent) is not a PNG file")
        }
        var at = 8, idat: [UInt8] = []
        var (w, h, depth, colour, interlace) = (0, 0, 0, 0, 0)
        func int(_ i: Int) -> Int { Int(data[i]) << 24 | Int(data[i + 1]) << 16 | Int(data[i + 2]) << 8 | Int(data[i + 3]) }
        while at + 8 <= data.count {
            let length = int(at), type = String(decoding: data[at + 4..<at + 8], as: UTF8.self)
            guard at + 12 + length <= data.count else { throw Unreadable(description: "truncated chunk \(type)") }
            let body = at + 8
            if type == "IHDR" { (w, h, depth, colour, interlace) = (int(body), int(body + 4), Int(data[body + 8]), Int(data[body + 9]), Int(data[body + 12])) }
            if type == "IDAT" { idat += data[body..<body + length] }
            at = body + length + 4
        }
        let channels = [0: 1, 2: 3, 4: 2, 6: 4][colour]
        guard depth == 8, interlace == 0, let channels, w > 0, h > 0 else {
            throw Unreadable(description: "unsupported PNG: depth \(depth), colour type \(colour), interlace \(interlace)")
        }
        let stride = w * channels
        var raw = [UInt8](repeating: 0, count: h * (stride + 1))
        var rawLength = uLongf(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { out in
            idat.withUnsafeBufferPointer { input in uncompress(out.baseAddress, &rawLength, input.baseAddress, uLong(input.count)) }
        }
        guard status == Z_OK, Int(rawLength) == raw.count else { throw Unreadable(description: "bad image data (zlib \(status))") }
        var pixels = [UInt8](repeating: 0, count: h * stride)
        for y in 0..<h {
            let filter = raw[y * (stride + 1)], row = y * (stride + 1) + 1, out = y * stride
            for x in 0..<stride {
                let a = x >= channels ? Int(pixels[out + x - channels]) : 0
                let b = y > 0 ? Int(pixels[out - stride + x]) : 0
                let c = x >= channels && y > 0 ? Int(pixels[out - stride + x - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
                default: throw Unreadable(description: "bad row filter \(filter)")
                }
                pixels[out + x] = UInt8(truncatingIfNeeded: Int(raw[row + x]) + predictor)
            }
        }
        var lum = [UInt8](repeating: 0, count: w * h)
        for i in 0..<(w * h) {
            let p = i * channels
            if channels < 3 { lum[i] = pixels[p]; continue }
            let r: Int = 299 * Int(pixels[p]), g: Int = 587 * Int(pixels[p + 1]), b: Int = 114 * Int(pixels[p + 2])
            lum[i] = UInt8((r + g + b) / 1000)
        }
        (width, height, luminance) = (w, h, lum)
    }

    /// The share of pixels that differ clearly from the most common (background) shade.
    var inkShare: Double {
        var counts = [Int](repeating: 0, count: 256)
        luminance.forEach { counts[Int($0)] += 1 }
        let background = counts.indices.max { counts[$0] < counts[$1] }!
        return Double(luminance.filter { abs(Int($0) - background) > 24 }.count) / Double(luminance.count)
    }

    /// Mean luminance of each cell of a `columns` × `rows` grid, 0…1: the layout, without the
    /// glyph details that differ between font versions.
    func grid(columns: Int, rows: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: columns * rows), counts = sums
        for y in 0..<height {
            let r = y * rows / height
            for x in 0..<width {
                let cell = r * columns + x * columns / width
                sums[cell] += Double(luminance[y * width + x])
                counts[cell] += 1
            }
        }
        return zip(sums, counts).map { $0 / max(1, $1) / 255 }
    }

    /// How far the layouts of two screenshots of the same size lie apart: the mean difference of
    /// their grids, 0 (same) … 1.
    func layoutDistance(to other: PNGImage) -> Double {
        let a = grid(columns: 32, rows: 40), b = other.grid(columns: 32, rows: 40)
        return zip(a, b).map { abs($0 - $1) }.reduce(0, +) / Double(a.count)
    }
}
