import ArgumentKit
import OfficerCLI

CommandRunner.main(FieldKitCommand.self)
