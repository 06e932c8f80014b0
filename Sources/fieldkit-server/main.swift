import ArgumentKit
import ServerCLI

CommandRunner.main(ServerCommand.self)
