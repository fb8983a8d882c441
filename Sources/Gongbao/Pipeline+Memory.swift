#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator tuned once for a run over many documents.
///
/// Why: each document allocates and frees a few buffers of hundreds of KB (its bytes, offset maps, rendered
/// rows). By default glibc serves those with fresh `mmap`s and hands freed heap back to the kernel, so every
/// document paid page faults for memory it had just released — a tenth of the CPU time of `gongbao extract`
/// on plain text. Keeping up to 64 MB of freed heap and taking big blocks from the heap lets the next document
/// reuse the same warm pages; peak memory does not grow (the heap's high-water mark is the same).
enum MemoryTuning {
    static let applied: Bool = {
        #if canImport(Glibc)
        // mallopt is declared in <malloc.h>, which the Glibc module does not export: look it up by name
        // (nil handle = RTLD_DEFAULT). Parameters from <malloc.h>: M_TRIM_THRESHOLD -1, M_TOP_PAD -2,
        // M_MMAP_THRESHOLD -3.
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        _ = mallopt(-3, 32 << 20)
        _ = mallopt(-1, 64 << 20)
        _ = mallopt(-2, 8 << 20)
        return true
        #else
        return false
        #endif
    }()
}
