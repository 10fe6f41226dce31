package dev.mlbom.verify.internal;

import java.util.Comparator;

/**
 * Orders model versions: semantic versions ({@code 1.10.0 > 1.9.2}, {@code 2.0.0-rc1 < 2.0.0}),
 * and in general dot/dash separated parts compared numerically when both are numbers and as text
 * otherwise. Build metadata after {@code +} is ignored. Stateless and thread-safe.
 */
public final class VersionOrder implements Comparator<String> {

    /** The one instance. */
    public static final VersionOrder INSTANCE = new VersionOrder();

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String[] mainA = splitPreRelease(stripBuild(a));
        String[] mainB = splitPreRelease(stripBuild(b));
        int byCore = compareParts(mainA[0].split("\\."), mainB[0].split("\\."));
        if (byCore != 0) {
            return byCore;
        }
        // a release is newer than any pre-release of the same core version
        if (mainA[1] == null || mainB[1] == null) {
            return mainA[1] == null ? (mainB[1] == null ? 0 : 1) : -1;
        }
        return compareParts(mainA[1].split("[.-]"), mainB[1].split("[.-]"));
    }

    private static String stripBuild(String version) {
        int plus = version.indexOf('+');
        String v = plus < 0 ? version : version.substring(0, plus);
        return v.startsWith("v") || v.startsWith("V") ? v.substring(1) : v;
    }

    private static String[] splitPreRelease(String version) {
        int dash = version.indexOf('-');
        return dash < 0 ? new String[] {version, null}
                : new String[] {version.substring(0, dash), version.substring(dash + 1)};
    }

    private static int compareParts(String[] a, String[] b) {
        int n = Math.max(a.length, b.length);
        for (int i = 0; i < n; i++) {
            String x = i < a.length ? a[i] : "0";
            String y = i < b.length ? b[i] : "0";
            int c = comparePart(x, y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String x, String y) {
        boolean xNum = isNumber(x);
        boolean yNum = isNumber(y);
        if (xNum && yNum) {
            String xs = stripZeros(x);
            String ys = stripZeros(y);
            return xs.length() != ys.length() ? Integer.compare(xs.length(), ys.length()) : xs.compareTo(ys);
        }
        if (xNum != yNum) {
            return xNum ? -1 : 1; // numeric identifiers sort before alphanumeric ones (SemVer 11.4.3)
        }
        return x.compareTo(y);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
