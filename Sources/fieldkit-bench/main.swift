import ArgumentKit
import BenchKit

CommandRunner.main(BenchCommand.self)
