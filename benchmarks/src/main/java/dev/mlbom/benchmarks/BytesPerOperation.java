package dev.mlbom.benchmarks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how many bytes one invocation of a JMH benchmark method processes, so that
 * {@link ResultTable} can print its throughput in GB/s (10^9 bytes per second).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BytesPerOperation {

    /**
     * Bytes processed by one call of the benchmark method.
     *
     * @return bytes per operation
     */
    long value();
}
