import Testing
@testable import Gongbao

@Suite("LargeBuffer")
struct LargeBufferTests {
    @Test("the huge-page hint leaves a large buffer writable and its contents intact, and skips small ones")
    func hint() {
        for size in [100, LargeBuffer.threshold + 12345] {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
            defer { buffer.deallocate() }
            LargeBuffer.preferHugePages(buffer)
            buffer.initializeMemory(as: UInt8.self, repeating: 0xA5)
            #expect(buffer[0] == 0xA5 && buffer[size - 1] == 0xA5)
        }
    }
}
