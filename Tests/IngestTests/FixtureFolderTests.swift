import Foundation
import TestSupport
import Testing

@Suite struct FixtureFolderTests {
    @Test func fixturesFolderExists() {
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: FixturePaths.fixtures.path, isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
    }
}
