import Testing
import ArgumentKit

/// How the runner reports what commands throw: message format and exit code.
@Suite struct CommandRunnerTests {
    @Test(arguments: [ExitCode.failure, .dataError, .noInput, .unavailable, .software, .ioError, .temporaryFailure])
    func run_CommandErrorFromRun_PropagatesItsExitCode(code: ExitCode) {
        let result = CommandResult.make(["fail", "--code", "\(code.rawValue)", "--message", "server unreachable"])
        #expect(result.exitCode == code)
        #expect(result.errors == "fieldkit: server unreachable\n")
        #expect(result.output == "")
    }

    @Test func run_UsageErrorFromInit_PointsToHelp() {
        let result = CommandResult.make(["fail", "--in-init"])
        #expect(result.exitCode == .usage)
        #expect(result.errors == "fieldkit fail: --in-init was given; see 'fieldkit fail --help'\n")
    }

    @Test func run_MultilineCommandError_IsPrintedOnOneLine() {
        let result = CommandResult.make(["fail", "--code", "65", "--message", "bad record\n  on line 3\n"])
        #expect(result.exitCode == .dataError)
        #expect(result.errors == "fieldkit: bad record on line 3\n")
    }

    @Test func run_GenericError_ExitsSoftwareWithOneLine() {
        let result = CommandResult.make(["fail", "--generic"])
        #expect(result.exitCode == .software)
        #expect(result.errors == "fieldkit: disk full while writing notes.sqlite\n")
    }

    @Test func run_Success_WritesNothingAndExitsZero() {
        let result = CommandResult.make(["stand", "close"])
        #expect(result.exitCode == .success)
        #expect(result.output == "")
        #expect(result.errors == "")
    }

    @Test func run_ProgramName_IsLastPathComponentOfArgumentZero() {
        let result = CommandResult.make(["lgo"], program: "./.build/debug/fk")
        #expect(result.errors == "fk: unknown command 'lgo' (did you mean 'log'?); see 'fk --help'\n")
    }

    @Test func run_EmptyArgumentZero_FallsBackToConfiguredName() {
        let result = CommandResult.make(["lgo"], program: "")
        #expect(result.errors.hasPrefix("fieldkit: unknown command 'lgo'"))
    }

    @Test func run_NoArgumentsAtAll_StillReportsUsage() {
        let output = CapturedText(), errors = CapturedText()
        let code = CommandRunner.run(FieldKit.self, arguments: [], output: output, errors: errors)
        #expect(code == .usage)
        #expect(errors.text.hasPrefix("fieldkit: missing subcommand"))
    }
}
