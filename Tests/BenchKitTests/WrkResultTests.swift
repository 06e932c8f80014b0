import Testing
@testable import BenchKit

/// wrk 4.1's summary as it prints it with `--latency`, captured from runs against nginx on loopback.
struct WrkResultTests {
    static let clean = """
        Running 3s test @ http://127.0.0.1:38123/body.json
          2 threads and 50 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency     2.97ms    4.74ms  40.77ms   86.54%
            Req/Sec    25.24k    21.04k   71.08k    80.00%
          Latency Distribution
             50%  440.00us
             75%    3.76ms
             90%    9.59ms
             99%   20.40ms
          150868 requests in 3.02s, 135.97MB read
        Requests/sec:  49985.80
        Transfer/sec:     45.05MB

        """

    static let failing = """
        Running 2s test @ http://127.0.0.1:38123/missing.json
          2 threads and 50 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency     1.44ms    1.62ms  13.80ms   83.56%
            Req/Sec    25.44k    12.89k   52.60k    70.00%
          Latency Distribution
             50%  705.00us
             75%    2.09ms
             90%    3.95ms
             99%    1.20s
          101867 requests in 2.02s, 29.92MB read
          Socket errors: connect 0, read 12, write 0, timeout 3
          Non-2xx or 3xx responses: 101867
        Requests/sec:  50344.07
        Transfer/sec:     14.79MB

        """

    @Test func parse_CleanRun_ReadsRateRequestsAndLatency() throws {
        let result = try WrkResult.parse(Self.clean)
        #expect(result.requestsPerSecond == 49985.80)
        #expect(result.requests == 150_868)
        #expect(result.non2xx == 0)
        #expect(result.socketErrors == 0)
        #expect(abs((result.p50 ?? 0) - 0.000_44) < 1e-12)
        #expect(abs((result.p99 ?? 0) - 0.0204) < 1e-12)
    }

    @Test func parse_RunWithErrors_CountsNon2xxAndSocketErrors() throws {
        let result = try WrkResult.parse(Self.failing)
        #expect(result.non2xx == 101_867)
        #expect(result.socketErrors == 15)
        #expect(result.p99 == 1.2)
    }

    @Test func parse_WithoutRequestsPerSecond_Throws() {
        #expect(throws: WrkResult.Unreadable.self) {
            try WrkResult.parse("unable to connect to 127.0.0.1:1 Connection refused\n")
        }
    }

    @Test func duration_ReadsEveryUnitWrkPrints() {
        #expect(WrkResult.duration("250.00us") == 0.000_25)
        #expect(WrkResult.duration("5.14ms") == 0.005_14)
        #expect(WrkResult.duration("1.50s") == 1.5)
        #expect(WrkResult.duration("2.00m") == 120)
        #expect(WrkResult.duration("fast") == nil)
    }
}
