import ArgumentKit
import LoadGenerator

CommandRunner.main(LoadCommand.self)
