package dev.mlbom.canonical.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortest-digits number writer, checked against exact arithmetic and (on JDK 19+) the JDK. */
class EcmaNumbersTest {

    @Test
    void floorLogApproximationsAreExactOverTheDoubleRange() {
        for (int q = -1100; q <= 1100; q++) {
            BigDecimal pow2 = q >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(q))
                    : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-q)));
            assertThat(EcmaNumbers.floorLog10Pow2(q)).as("q=%d", q).isEqualTo(floorLog10(pow2));
            assertThat(EcmaNumbers.floorLog10ThreeQuartersPow2(q)).as("3/4 q=%d", q)
                    .isEqualTo(floorLog10(pow2.multiply(new BigDecimal("0.75"))));
        }
        for (int e = -340; e <= 340; e++) {
            int expected = e >= 0 ? BigInteger.TEN.pow(e).bitLength() - 1 : -BigInteger.TEN.pow(-e).bitLength();
            assertThat(EcmaNumbers.floorLog2Pow10(e)).as("e=%d", e).isEqualTo(expected);
        }
    }

    private static int floorLog10(BigDecimal v) {
        // v = unscaled * 10^-scale; floor(log10 v) = digits(unscaled) - 1 - scale
        BigDecimal s = v.stripTrailingZeros();
        return s.precision() - 1 - s.scale();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0",
        "-0.0 | 0",
        "1 | 1",
        "-1 | -1",
        "0.1 | 0.1",
        "1e21 | 1e+21",
        "1e20 | 100000000000000000000",
        "123e18 | 123000000000000000000",
        "1e-6 | 0.000001",
        "1.5e-7 | 1.5e-7",
        "4.9e-324 | 5e-324",
        "9.8813129168249309e-324 | 1e-323",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "2.2250738585072014e-308 | 2.2250738585072014e-308",
        "2.225073858507201e-308 | 2.225073858507201e-308",
        "9007199254740992 | 9007199254740992",
        "18014398509481984 | 18014398509481984",
        "2e23 | 2e+23",
        "1.0e23 | 1e+23",
        "5e-324 | 5e-324",
        "123456.789 | 123456.789",
        "0.000001234 | 0.000001234",
        "12345678901234567890 | 12345678901234567000",
        "295147905179352830000 | 295147905179352830000",
        "1e+22 | 1e+22",
        "-1.2345678901234567e-300 | -1.2345678901234568e-300",
    })
    void knownValues(double v, String expected) {
        assertThat(EcmaNumbers.toString(v)).isEqualTo(expected);
    }

    @Test
    void nonFiniteIsApiMisuse() {
        assertThatThrownBy(() -> EcmaNumbers.toString(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcmaNumbers.toString(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomDoublesAreShortestAndClosest() {
        SplittableRandom r = new SplittableRandom(8785);
        boolean jdkIsShortest = Runtime.version().feature() >= 19; // JDK-4511638 fixed: Double.toString is shortest
        List<String> failures = new ArrayList<>();
        int n = jdkIsShortest ? 100_000 : 5_000; // the exact BigDecimal check is slower
        for (int i = 0; i < n && failures.size() < 10; i++) {
            long bits = switch (i % 4) {
                case 0 -> r.nextLong();
                case 1 -> r.nextLong() & 0x800F_FFFF_FFFF_FFFFL | ((long) r.nextInt(1, 2047) << 52) & 0x7FF0_0000_0000_0000L;
                case 2 -> r.nextLong(0, 1L << 52); // subnormals
                default -> Double.doubleToRawLongBits((double) r.nextLong(1L << 62) * (r.nextBoolean() ? 1 : 1e-3));
            };
            double d = Double.longBitsToDouble(bits);
            if (!Double.isFinite(d)) {
                continue;
            }
            String s = EcmaNumbers.toString(d);
            if (Double.parseDouble(s) != d) {
                failures.add(Long.toHexString(bits) + " " + s + " does not round-trip");
                continue;
            }
            if (jdkIsShortest && Math.abs(d) >= 1e-320) {
                // the JDK writes at least two digits, so tiny subnormals are skipped
                BigDecimal jdk = new BigDecimal(Double.toString(d));
                if (jdk.compareTo(new BigDecimal(s)) != 0) {
                    failures.add(Long.toHexString(bits) + " " + s + " but JDK " + Double.toString(d));
                }
            } else {
                checkShortest(d, s, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Exact check: no decimal with fewer digits reads back as d, and none of the same length is closer. */
    private static void checkShortest(double d, String s, List<String> failures) {
        if (d == 0) {
            return;
        }
        BigDecimal value = new BigDecimal(d);
        BigDecimal got = new BigDecimal(s);
        int digits = got.stripTrailingZeros().precision();
        if (digits > 1) {
            for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR,
                    java.math.RoundingMode.CEILING}) {
                BigDecimal shorter = value.round(new java.math.MathContext(digits - 1, mode));
                if (shorter.doubleValue() == d) {
                    failures.add(d + ": " + s + " but " + shorter + " is shorter");
                }
            }
        }
        for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR,
                java.math.RoundingMode.CEILING}) {
            BigDecimal other = value.round(new java.math.MathContext(digits, mode));
            if (other.doubleValue() == d && other.subtract(value).abs().compareTo(got.subtract(value).abs()) < 0) {
                failures.add(d + ": " + s + " but " + other + " is closer");
            }
        }
    }

    @Test
    void smallSubnormalsAreExactlyChecked() {
        List<String> failures = new ArrayList<>();
        for (long bits = 1; bits < 3000; bits++) {
            double d = Double.longBitsToDouble(bits);
            String s = EcmaNumbers.toString(d);
            assertThat(Double.parseDouble(s)).isEqualTo(d);
            checkShortest(d, s, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void utf16OrderOfUtf8() {
        byte[] supplementary = "\uD83D\uDE00".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] privateUse = "\uE000".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] ascii = "a".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Utf8Order.compare(supplementary, 0, 4, privateUse, 0, 3)).isNegative();
        assertThat(Utf8Order.compare(privateUse, 0, 3, supplementary, 0, 4)).isPositive();
        assertThat(Utf8Order.compare(ascii, 0, 1, supplementary, 0, 4)).isNegative();
        assertThat(Utf8Order.compare(ascii, 0, 1, ascii, 0, 1)).isZero();
        assertThat(Utf8Order.compare(ascii, 0, 0, ascii, 0, 1)).isNegative();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            String a = randomText(r);
            String b = randomText(r);
            byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(Integer.signum(Utf8Order.compare(x, 0, x.length, y, 0, y.length)))
                    .as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
        }
    }

    private static String randomText(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(4);
        int[] starts = {0x61, 0x7f, 0x7ff, 0xd7fe, 0xe000, 0xfffe, 0x10000, 0x10fffe};
        for (int i = 0; i < n; i++) {
            int base = starts[r.nextInt(starts.length)];
            sb.appendCodePoint(base + r.nextInt(2));
        }
        return sb.toString();
    }
}
