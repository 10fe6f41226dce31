package dev.mlbom.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders model versions for rollback protection, and refuses strings that are not versions.
 *
 * <p><b>Accepted spellings.</b> A version is accepted when it is either
 * <ul>
 *   <li>a <b>PEP 440 public version</b> ({@code [N!]N(.N)*[{a|b|rc}N][.postN][.devN]}) with PEP 440's
 *       normalisation: case-insensitive; {@code alpha}, {@code beta}, {@code c}, {@code pre},
 *       {@code preview} for {@code a}, {@code b}, {@code rc}, {@code rc}, {@code rc}; {@code rev} and
 *       {@code r} for {@code post}; {@code -N} for {@code .postN}; {@code .}, {@code -} or {@code _}
 *       (or nothing) as separators; a missing pre, post or dev number is 0; leading zeros are
 *       insignificant ({@code 2.1rc1 == 2.1.0rc1 == 2.1.0-RC.1}, {@code 1.0-alpha1 == 1.0a1}); or</li>
 *   <li>a <b>SemVer 2.0</b> version ({@code MAJOR.MINOR.PATCH[-pre.release][+build]}), e.g.
 *       {@code 1.0.0-alpha.beta}; build metadata is ignored, as SemVer says.</li>
 * </ul>
 * One leading {@code v} or {@code V} is allowed and ignored ({@code v2.3.0 == 2.3.0}). Digits are
 * ASCII {@code 0-9} only. Everything else is <b>refused</b>: the empty string, leading or trailing
 * whitespace, more than {@value #MAX_LENGTH} characters, wildcards and words ({@code 2.x},
 * {@code dev}, {@code latest}), full-width or other non-ASCII digits ({@code ２.３}), and a PEP 440
 * local version ({@code 1.0+cpu}): a {@code +suffix} is only accepted as SemVer build metadata on an
 * otherwise valid SemVer version, where it is ignored. Ask with {@link #problem(String)},
 * {@link #parse(String)} or {@link #require(String)}.
 *
 * <p><b>Strings that fit both.</b> A string valid as both (e.g. {@code 1.2.3}, {@code 1.0.0-rc.1},
 * {@code 1.0.0-beta}) is read as PEP 440, so its order agrees with pip's, unless the two readings
 * disagree on whether it is below its release: {@code 1.0.0-1} and {@code 1.0.0-post.1} are SemVer
 * pre-releases but PEP 440 post-releases. Such a string is refused as ambiguous; write
 * {@code 1.0.0.post1} or {@code 1.0.0-rc.1} instead.
 *
 * <p><b>Order.</b> Both readings map to one key, compared field by field: epoch (SemVer: 0); release
 * numbers, numerically, trailing zeros insignificant ({@code 1.10 > 1.9}, {@code 1.0 == 1.0.0});
 * then the pre-release: a dev-only release ({@code 1.0.dev1}) ranks below every pre-release of
 * that release, and any pre-release ranks below its release. Pre-releases compare as SemVer
 * pre-release identifiers, with PEP 440's {@code aN}, {@code bN}, {@code rcN} read as
 * {@code alpha.N}, {@code beta.N}, {@code rc.N}: so like compares with like, PEP 440's
 * {@code a < b < rc} is kept, and SemVer's examples hold:
 * {@code 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta < 1.0.0-beta.2 < 1.0.0-beta.11
 * < 1.0.0-rc.1 < 1.0.0}. Then the post-release (none lowest), then the dev release (none highest),
 * as in PEP 440. Among PEP 440 versions the order is PEP 440's (checked against Python's
 * {@code packaging} in the tests).
 *
 * <p><b>As a {@link Comparator}.</b> {@link #compare} is total: a refused string ranks below every
 * accepted version (and refused strings compare as text among themselves), so "is {@code v} at
 * least the minimum" fails closed for a refused {@code v}. A refused <em>minimum</em> would let
 * everything pass, so check minimums with {@link #require(String)} when a policy is built, or use
 * {@link #isAtLeast(String, String)}, which refuses when either side is refused.
 *
 * <p>Stateless and thread-safe.
 */
public final class VersionOrder implements Comparator<String> {

    /** The one instance. */
    public static final VersionOrder INSTANCE = new VersionOrder();

    /** The longest version string accepted, in characters. */
    public static final int MAX_LENGTH = 128;

    private static final String NUM = "[0-9]+";
    private static final Pattern PEP440 = Pattern.compile(
            "(?:(?<epoch>" + NUM + ")!)?"
            + "(?<release>" + NUM + "(?:\\." + NUM + ")*)"
            + "(?:[-_.]?(?<pre>alpha|a|beta|b|preview|pre|rc|c)[-_.]?(?<preN>" + NUM + ")?)?"
            + "(?:-(?<postImplicit>" + NUM + ")|[-_.]?(?:post|rev|r)[-_.]?(?<postN>" + NUM + ")?(?<postWord>))?"
            + "(?:[-_.]?(?<dev>dev)[-_.]?(?<devN>" + NUM + ")?)?",
            Pattern.CASE_INSENSITIVE);
    private static final String SEMVER_NUM = "(?:0|[1-9][0-9]*)";
    private static final String SEMVER_PRE_ID = "(?:" + SEMVER_NUM + "|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
    private static final Pattern SEMVER = Pattern.compile(
            "(?<major>" + SEMVER_NUM + ")\\.(?<minor>" + SEMVER_NUM + ")\\.(?<patch>" + SEMVER_NUM + ")"
            + "(?:-(?<pre>" + SEMVER_PRE_ID + "(?:\\." + SEMVER_PRE_ID + ")*))?"
            + "(?:\\+(?<build>[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

    /** Which grammar a version was read with. */
    public enum Scheme {
        /** PEP 440 public version. */
        PEP440,
        /** SemVer 2.0 (valid only as SemVer, or carrying build metadata). */
        SEMVER
    }

    private VersionOrder() {
    }

    /**
     * An accepted version. Its natural order is the order of this class; two spellings of the same
     * version ({@code 2.1rc1}, {@code 2.1.0-RC1}) compare equal, {@link #equals} compares the text.
     *
     * @param text the version as written
     * @param scheme the grammar it was read with
     * @param epoch the PEP 440 epoch, digits without leading zeros (SemVer: "0")
     * @param release release numbers, digits without leading zeros, trailing zeros dropped
     * @param preRelease pre-release identifiers (PEP 440 {@code rc1} as {@code [rc, 1]}), empty when none
     * @param post the post-release number, or null
     * @param dev the dev-release number, or null
     */
    public record Version(String text, Scheme scheme, String epoch, List<String> release, List<String> preRelease,
            String post, String dev) implements Comparable<Version> {

        /** Copies the lists. */
        public Version {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(epoch, "epoch");
            release = List.copyOf(release);
            preRelease = List.copyOf(preRelease);
        }

        /**
         * Whether this version ranks below its release: a pre-release, or a dev release that is not
         * a post-release's dev release.
         *
         * @return true for {@code 1.0rc1}, {@code 1.0.dev2}, {@code 1.0.0-alpha}; false for {@code 1.0.post1.dev1}
         */
        public boolean isPreRelease() {
            return !preRelease.isEmpty() || (post == null && dev != null);
        }

        @Override
        public int compareTo(Version other) {
            int c = compareNumbers(epoch, other.epoch);
            if (c != 0) {
                return c;
            }
            int n = Math.max(release.size(), other.release.size());
            for (int i = 0; i < n; i++) {
                c = compareNumbers(i < release.size() ? release.get(i) : "0",
                        i < other.release.size() ? other.release.get(i) : "0");
                if (c != 0) {
                    return c;
                }
            }
            c = Integer.compare(preRank(), other.preRank());
            if (c == 0 && preRank() == 1) {
                c = compareIdentifiers(preRelease, other.preRelease);
            }
            if (c != 0) {
                return c;
            }
            // no post-release ranks lowest
            c = post == null ? (other.post == null ? 0 : -1) : other.post == null ? 1 : compareNumbers(post, other.post);
            if (c != 0) {
                return c;
            }
            // no dev release ranks highest
            return dev == null ? (other.dev == null ? 0 : 1) : other.dev == null ? -1 : compareNumbers(dev, other.dev);
        }

        /** 0: dev-only release (lowest); 1: pre-release, compared by identifiers; 2: no pre-release. */
        private int preRank() {
            if (!preRelease.isEmpty()) {
                return 1;
            }
            return post == null && dev != null ? 0 : 2;
        }
    }

    /**
     * Why a string is not an accepted version, or null when it is.
     *
     * @param version the candidate, may be null
     * @return a sentence saying what is wrong and what to write instead, or null
     */
    public static String problem(String version) {
        Object parsed = read(version);
        return parsed instanceof String problem ? problem : null;
    }

    /**
     * Reads a version.
     *
     * @param version the candidate, may be null
     * @return the version, or empty when it is refused (see {@link #problem(String)} for why)
     */
    public static Optional<Version> parse(String version) {
        Object parsed = read(version);
        return parsed instanceof Version v ? Optional.of(v) : Optional.empty();
    }

    /**
     * Reads a version or fails with the reason.
     *
     * @param version the candidate
     * @return the version
     * @throws IllegalArgumentException when it is refused; the message says why and what to write
     */
    public static Version require(String version) {
        Object parsed = read(version);
        if (parsed instanceof String problem) {
            throw new IllegalArgumentException(problem);
        }
        return (Version) parsed;
    }

    /**
     * Whether {@code version} is at least {@code minimum}; false when either is refused.
     *
     * @param version the model's version
     * @param minimum the lowest version accepted
     * @return true only when both are accepted versions and {@code version >= minimum}
     */
    public static boolean isAtLeast(String version, String minimum) {
        Optional<Version> v = parse(version);
        Optional<Version> min = parse(minimum);
        return v.isPresent() && min.isPresent() && v.get().compareTo(min.get()) >= 0;
    }

    /**
     * Compares two version strings; total: a refused string ranks below every accepted version, and
     * refused strings compare as text among themselves (see the class documentation).
     *
     * @param a a version string
     * @param b a version string
     * @return negative, zero or positive as {@code a} ranks below, with or above {@code b}
     */
    @Override
    public int compare(String a, String b) {
        Optional<Version> va = parse(a);
        Optional<Version> vb = parse(b);
        if (va.isPresent() && vb.isPresent()) {
            return va.get().compareTo(vb.get());
        }
        if (va.isPresent() != vb.isPresent()) {
            return va.isPresent() ? 1 : -1;
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    /** A {@link Version}, or a String saying why the input is refused. */
    private static Object read(String version) {
        if (version == null || version.isEmpty()) {
            return "the version is empty; write a version such as 2.3.0 (SemVer 2.0 or PEP 440)";
        }
        String quoted = "'" + version + "'";
        if (version.length() > MAX_LENGTH) {
            return "the version " + quoted.substring(0, 40) + "...' is longer than " + MAX_LENGTH
                    + " characters; write a version such as 2.3.0";
        }
        if (!version.strip().equals(version) || version.chars().anyMatch(Character::isWhitespace)) {
            return "the version " + quoted + " contains whitespace; remove it";
        }
        for (int i = 0; i < version.length(); i++) {
            char ch = version.charAt(i);
            if (ch < 0x21 || ch > 0x7e) {
                return "the version " + quoted + " contains the non-ASCII or control character U+"
                        + String.format(Locale.ROOT, "%04X", (int) ch) + " (full-width digits are not digits"
                        + " here); write it with ASCII digits and letters, e.g. 2.3.0";
            }
        }
        String body = version.startsWith("v") || version.startsWith("V") ? version.substring(1) : version;
        Matcher semver = SEMVER.matcher(body);
        boolean isSemver = semver.matches();
        int plus = body.indexOf('+');
        if (plus >= 0) {
            if (!isSemver) {
                return "the version " + quoted + " has a '+' suffix but is not a SemVer 2.0 version with build"
                        + " metadata (PEP 440 local versions such as 1.0+cpu are not accepted); drop the"
                        + " suffix, or write MAJOR.MINOR.PATCH+build";
            }
            body = body.substring(0, plus); // build metadata: ignored
        }
        Matcher pep = PEP440.matcher(body);
        boolean isPep = pep.matches();
        Version semverReading = isSemver ? semver(version, semver) : null;
        if (isPep) {
            Version pepReading = pep440(version, pep);
            if (semverReading != null && semverReading.isPreRelease() != pepReading.isPreRelease()) {
                return "the version " + quoted + " is ambiguous: SemVer 2.0 reads it as a pre-release (below "
                        + String.join(".", semver.group("major"), semver.group("minor"), semver.group("patch"))
                        + "), PEP 440 as a post-release (above it); write " + pep.group("release") + ".post" + pepReading.post()
                        + " for a post-release, or a pre-release such as -rc.1";
            }
            return pepReading;
        }
        if (semverReading != null) {
            return semverReading;
        }
        return "the version " + quoted + " is neither a SemVer 2.0 version (MAJOR.MINOR.PATCH[-pre][+build],"
                + " e.g. 2.3.0-rc.1) nor a PEP 440 public version (e.g. 2.3.0rc1, 2.3.0.post1); wildcards and"
                + " words such as 2.x, dev or latest do not name one version, so they cannot be ordered";
    }

    private static Version pep440(String text, Matcher m) {
        String epoch = m.group("epoch") == null ? "0" : stripZeros(m.group("epoch"));
        List<String> release = release(m.group("release").split("\\."));
        List<String> pre = List.of();
        if (m.group("pre") != null) {
            String label = switch (m.group("pre").toLowerCase(Locale.ROOT)) {
                case "a", "alpha" -> "alpha";
                case "b", "beta" -> "beta";
                default -> "rc"; // rc, c, pre, preview
            };
            pre = List.of(label, number(m.group("preN")));
        }
        String post = null;
        if (m.group("postImplicit") != null) {
            post = stripZeros(m.group("postImplicit"));
        } else if (m.group("postWord") != null) {
            post = number(m.group("postN"));
        }
        String dev = m.group("dev") == null ? null : number(m.group("devN"));
        return new Version(text, Scheme.PEP440, epoch, release, pre, post, dev);
    }

    private static Version semver(String text, Matcher m) {
        List<String> release = release(new String[] {m.group("major"), m.group("minor"), m.group("patch")});
        List<String> pre = m.group("pre") == null ? List.of() : List.of(m.group("pre").split("\\."));
        return new Version(text, Scheme.SEMVER, "0", release, pre, null, null);
    }

    private static List<String> release(String[] parts) {
        List<String> out = new ArrayList<>(parts.length);
        for (String part : parts) {
            out.add(stripZeros(part));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).equals("0")) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String number(String digits) {
        return digits == null ? "0" : stripZeros(digits);
    }

    private static int compareIdentifiers(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean xNum = isNumber(x);
            boolean yNum = isNumber(y);
            int c;
            if (xNum && yNum) {
                c = compareNumbers(x, y);
            } else if (xNum != yNum) {
                c = xNum ? -1 : 1; // numeric identifiers rank below alphanumeric ones (SemVer 11.4.3)
            } else {
                c = x.compareTo(y); // ASCII order (SemVer 11.4.2)
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size()); // a longer set ranks higher (SemVer 11.4.4)
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

    /** Compares ASCII digit strings numerically, whatever their length. */
    private static int compareNumbers(String x, String y) {
        String xs = stripZeros(x);
        String ys = stripZeros(y);
        return xs.length() != ys.length() ? Integer.compare(xs.length(), ys.length()) : xs.compareTo(ys);
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
