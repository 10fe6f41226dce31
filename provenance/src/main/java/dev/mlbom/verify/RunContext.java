package dev.mlbom.verify;

import java.time.Clock;

/**
 * What one verification runs with: the policy, the verifier's settings and the call's options.
 *
 * @param policy what to trust and require
 * @param threads hashing threads
 * @param clock the clock checks are judged by
 * @param options the call's progress and cancellation
 */
record RunContext(Policy policy, int threads, Clock clock, VerifyOptions options) {

    /**
     * The same settings under another policy (for ancestors).
     *
     * @param other the policy
     * @return the context
     */
    RunContext withPolicy(Policy other) {
        return new RunContext(other, threads, clock, VerifyOptions.defaults());
    }
}
