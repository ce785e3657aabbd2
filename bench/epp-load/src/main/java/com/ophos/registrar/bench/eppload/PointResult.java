package com.ophos.registrar.bench.eppload;

/**
 * One measured point.
 *
 * @param clientCpuMicrosPerCheck CPU of the load driver's JVM (client, TLS, GC, JIT) per answered check
 * @param clientBytesPerCheck bytes allocated by the load driver's threads per answered check
 * @param sandboxCpuMicrosPerCheck CPU of the sandbox's JVM per answered check
 */
record PointResult(String client, int sessions, int window, long checks, double seconds, long errors,
                   double clientCpuMicrosPerCheck, double clientBytesPerCheck, double sandboxCpuMicrosPerCheck,
                   String loadAverage) {

    double checksPerSecond() {
        return checks / seconds;
    }
}
