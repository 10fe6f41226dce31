package dev.mlbom.canonical.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.canonical.Canonicalizer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The parser reads every decimal to the same double as {@link Double#parseDouble}. */
class DecimalToDoubleTest {

    @Test
    void randomDecimalsReadLikeParseDouble() throws Exception {
        SplittableRandom r = new SplittableRandom(42);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            int digits = 1 + r.nextInt(19);
            StringBuilder sb = new StringBuilder();
            sb.append((char) ('1' + r.nextInt(9)));
            for (int k = 1; k < digits; k++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            int point = 1 + r.nextInt(digits);
            String m = point == digits ? sb.toString() : sb.substring(0, point) + "." + sb.substring(point);
            numbers.add(m + "e" + r.nextInt(-345, 300 - point));
        }
        check(numbers);
    }

    @Test
    void nearHalfwayDecimalsReadLikeParseDouble() throws Exception {
        SplittableRandom r = new SplittableRandom(7);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong(0x0010_0000_0000_0000L, 0x7fe0_0000_0000_0000L));
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            int precision = 15 + r.nextInt(4);
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING, RoundingMode.HALF_EVEN}) {
                numbers.add(mid.round(new MathContext(precision, mode)).toString());
            }
            if (mid.precision() <= 60) {
                numbers.add(mid.toString()); // exact ties
            }
        }
        // exact ties of integers above 2^53 and exact powers of ten
        for (long k = 0; k < 2000; k++) {
            numbers.add(Long.toString((1L << 53) + 2 * k + 1));
            numbers.add(Long.toString((1L << 54) + 4 * k + 2));
        }
        for (int e = -30; e <= 60; e++) {
            numbers.add("1e" + e);
            numbers.add("9007199254740993e" + e);
        }
        check(numbers);
    }

    private static void check(List<String> numbers) throws Exception {
        String doc = "[" + String.join(",", numbers) + "]";
        byte[] canonical = Canonicalizer.strict().canonicalize(doc.getBytes(StandardCharsets.US_ASCII));
        String[] got = new String(canonical, StandardCharsets.US_ASCII).replace("[", "").replace("]", "").split(",");
        assertThat(got).hasSize(numbers.size());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < got.length && failures.size() < 10; i++) {
            double expected = Double.parseDouble(numbers.get(i));
            String want = Double.isInfinite(expected) ? "?" : EcmaNumbers.toString(expected);
            if (!got[i].equals(want)) {
                failures.add(numbers.get(i) + " -> " + got[i] + ", expected " + want);
            }
        }
        assertThat(failures).isEmpty();
    }
}
