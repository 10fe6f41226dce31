package dev.mlbom.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.model.ManifestId;
import dev.mlbom.codec.ManifestFormat;
import dev.mlbom.codec.ReadLimits;
import dev.mlbom.jackson.StrictTreeReader;
import dev.mlbom.crypto.KeyException;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.PublicKeyHandle;
import dev.mlbom.model.ManifestException;
import dev.mlbom.schema.Profiles;
import java.io.IOException;
import dev.mlbom.internal.BoundedFiles;
import java.nio.file.NoSuchFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a {@link Policy} from a YAML (or JSON) file. Paths in the file are relative to the file's
 * directory. Reading is strict: unknown members, wrong types, duplicate keys, YAML anchors and
 * tags are errors that name the JSON Pointer. Booleans are {@code true} or {@code false} only
 * ({@code yes}, {@code on} and other YAML 1.1 words are refused), an empty {@code requiredFields}
 * list is refused (write {@code none}), and the file must be a regular file of at most 1 MiB (a
 * FIFO or device is refused without being opened).
 *
 * <pre>{@code
 * # mlbom verification policy
 * trustedKeys:
 *   - publicKey: keys/release.pub        # SPKI PEM
 *     label: release-2026
 *     validFrom: 2026-01-01T00:00:00Z    # optional
 *     validUntil: 2027-01-01T00:00:00Z   # optional
 *   - certificate: keys/signer.pem       # X.509 PEM: the first certificate's key
 * revokedKeys: [ "sha256:<64 hex digits>" ]   # full key ids; sha256: and upper case accepted
 * threshold: 1
 * requiredFields: minimum                # minimum | complete | none | a list of field paths
 * artifacts:
 *   allowUnexpectedFiles: false
 *   skipDigests: false
 *   followSymlinksWithin: /srv/hf/hub/models--acme--bot   # optional: a cache whose files are links
 * maxAge: P90D                           # ISO-8601 duration
 * clockSkew: PT5M
 * model:
 *   name: acme/support-bot               # required with minimumVersion: the model this gate admits
 *   manifestId: sha256:...               # optional: pin one exact record
 * minimumVersion: "2.3.0"                # quoted: YAML reads 2.3 as a number
 * allowExpiredKeys: false
 * ancestors: ancestors/                  # require verified envelopes of every ancestor
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyFile {

    private static final int MAX_BYTES = 1 << 20;
    private static final ReadLimits LIMITS = ReadLimits.builder().maxDocumentBytes(MAX_BYTES).maxDepth(16).build();
    private static final Set<String> TOP = Set.of("trustedKeys", "revokedKeys", "threshold", "requiredFields",
            "artifacts", "maxAge", "clockSkew", "model", "minimumVersion", "allowExpiredKeys", "ancestors");
    private static final Set<String> MODEL = Set.of("name", "manifestId");
    private static final Set<String> KEY = Set.of("publicKey", "certificate", "label", "validFrom", "validUntil");
    private static final Set<String> ARTIFACTS = Set.of("allowUnexpectedFiles", "skipDigests", "followSymlinksWithin");

    private PolicyFile() {
    }

    /**
     * Loads a policy.
     *
     * @param file the YAML ({@code .yaml}/{@code .yml}) or JSON file
     * @return the policy
     * @throws PolicyException when the file cannot be read, is malformed or invalid, or names a
     *     key that cannot be loaded
     */
    public static Policy load(Path file) throws PolicyException {
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, MAX_BYTES);
        } catch (BoundedFiles.NotRegularFile e) {
            throw new PolicyException(PolicyException.Reason.NOT_A_FILE, null, "policy " + file + " " + e.getReason()
                    + " (a policy is read from a YAML or JSON file)", e);
        } catch (BoundedFiles.TooLarge e) {
            throw new PolicyException(PolicyException.Reason.TOO_LARGE, null, "policy " + file + " is larger than "
                    + MAX_BYTES + " bytes; a policy is a short YAML or JSON file: give that file", e);
        } catch (NoSuchFileException e) {
            throw new PolicyException(PolicyException.Reason.IO_ERROR, null, "policy " + file
                    + " does not exist; check the path", e);
        } catch (IOException e) {
            throw new PolicyException(PolicyException.Reason.IO_ERROR, null, "cannot read policy " + file + ": "
                    + e.getMessage(), e);
        }
        ManifestFormat format = file.getFileName().toString().endsWith(".json") ? ManifestFormat.JSON
                : ManifestFormat.YAML;
        JsonNode root;
        try {
            root = StrictTreeReader.of(format, LIMITS).read(bytes);
        } catch (ManifestException e) {
            throw new PolicyException(PolicyException.Reason.MALFORMED, e.problems().get(0).pointer(), "policy " + file
                    + " is malformed: " + e.problems().get(0) + "", e);
        }
        Path base = file.toAbsolutePath().getParent();
        return new Reader(file, base).policy(root);
    }

    /** Reads one policy document. */
    private static final class Reader {
        private final Path file;
        private final Path base;

        Reader(Path file, Path base) {
            this.file = file;
            this.base = base;
        }

        Policy policy(JsonNode root) throws PolicyException {
            object(root, "", TOP);
            Policy.Builder builder = Policy.builder();
            JsonNode keys = root.get("trustedKeys");
            if (keys == null || !keys.isArray() || keys.isEmpty()) {
                throw invalid("/trustedKeys", "is required: list at least one trusted key (publicKey or certificate)");
            }
            for (int i = 0; i < keys.size(); i++) {
                String pointer = "/trustedKeys/" + i;
                TrustedKey key = trustedKey(keys.get(i), pointer);
                setting(pointer, () -> builder.trust(key));
            }
            JsonNode revoked = root.get("revokedKeys");
            if (revoked != null) {
                array(revoked, "/revokedKeys");
                for (int i = 0; i < revoked.size(); i++) {
                    String keyId = text(revoked.get(i), "/revokedKeys/" + i);
                    setting("/revokedKeys/" + i, () -> builder.revoke(keyId));
                }
            }
            if (root.has("threshold")) {
                JsonNode t = root.get("threshold");
                if (!t.canConvertToInt() || !t.isIntegralNumber() || t.intValue() < 1) {
                    throw invalid("/threshold", "must be a whole number of at least 1");
                }
                builder.threshold(t.intValue());
            }
            requiredFields(root.get("requiredFields"), builder);
            JsonNode artifacts = root.get("artifacts");
            if (artifacts != null) {
                object(artifacts, "/artifacts", ARTIFACTS);
                if (bool(artifacts.get("allowUnexpectedFiles"), "/artifacts/allowUnexpectedFiles")) {
                    builder.allowUnexpectedFiles();
                }
                if (bool(artifacts.get("skipDigests"), "/artifacts/skipDigests")) {
                    builder.skipArtifactDigests();
                }
                if (artifacts.has("followSymlinksWithin")) {
                    Path boundary = path(artifacts.get("followSymlinksWithin"), "/artifacts/followSymlinksWithin");
                    setting("/artifacts/followSymlinksWithin", () -> builder.followSymlinksWithin(boundary));
                }
            }
            if (root.has("maxAge")) {
                Duration maxAge = duration(root.get("maxAge"), "/maxAge");
                setting("/maxAge", () -> builder.maxAge(maxAge));
            }
            if (root.has("clockSkew")) {
                Duration skew = duration(root.get("clockSkew"), "/clockSkew");
                setting("/clockSkew", () -> builder.clockSkew(skew));
            }
            JsonNode model = root.get("model");
            if (model != null) {
                object(model, "/model", MODEL);
                if (model.has("name")) {
                    String name = text(model.get("name"), "/model/name");
                    setting("/model/name", () -> builder.requireModel(name));
                }
                if (model.has("manifestId")) {
                    String id = text(model.get("manifestId"), "/model/manifestId");
                    setting("/model/manifestId", () -> builder.requireManifestId(new ManifestId(id)));
                }
            }
            if (root.has("minimumVersion")) {
                if (!root.get("minimumVersion").isTextual()) {
                    throw invalid("/minimumVersion", "must be text: put the version in quotes (\"2.3\"), as YAML reads"
                            + " 2.3 as a number");
                }
                String version = text(root.get("minimumVersion"), "/minimumVersion");
                setting("/minimumVersion", () -> builder.minimumVersion(version));
            }
            if (bool(root.get("allowExpiredKeys"), "/allowExpiredKeys")) {
                builder.allowExpiredKeys();
            }
            if (root.has("ancestors")) {
                Path ancestors = path(root.get("ancestors"), "/ancestors");
                setting("/ancestors", () -> builder.requireVerifiedAncestors(ancestors));
            }
            try {
                return builder.build();
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw invalid("", e.getMessage());
            }
        }

        private TrustedKey trustedKey(JsonNode node, String pointer) throws PolicyException {
            object(node, pointer, KEY);
            boolean hasKey = node.has("publicKey");
            boolean hasCertificate = node.has("certificate");
            if (hasKey == hasCertificate) {
                throw invalid(pointer, "give exactly one of publicKey (SPKI PEM file) or certificate (X.509 PEM file)");
            }
            PublicKeyHandle key;
            String name = hasKey ? "publicKey" : "certificate";
            Path path = path(node.get(name), pointer + "/" + name);
            try {
                if (hasKey) {
                    key = KeyFiles.readPublicKey(path);
                } else {
                    List<X509Certificate> chain = KeyFiles.readCertificates(path);
                    key = PublicKeyHandle.fromCertificate(chain.get(0));
                }
            } catch (KeyException e) {
                throw new PolicyException(PolicyException.Reason.KEY_UNREADABLE, pointer + "/" + name, "policy " + file
                        + " at " + pointer + "/" + name + ": " + e.getMessage(), e);
            }
            Optional<Instant> from = node.has("validFrom") ? Optional.of(instant(node.get("validFrom"), pointer + "/validFrom"))
                    : Optional.empty();
            Optional<Instant> until = node.has("validUntil")
                    ? Optional.of(instant(node.get("validUntil"), pointer + "/validUntil")) : Optional.empty();
            Optional<String> label = node.has("label") ? Optional.of(text(node.get("label"), pointer + "/label"))
                    : Optional.empty();
            try {
                return new TrustedKey(key.verifier(), from, until, label);
            } catch (IllegalArgumentException e) {
                throw invalid(pointer, e.getMessage());
            }
        }

        private void requiredFields(JsonNode node, Policy.Builder builder) throws PolicyException {
            if (node == null) {
                return;
            }
            if (node.isTextual()) {
                switch (node.textValue()) {
                    case "minimum" -> builder.requiredFields(Profiles.minimum());
                    case "complete" -> builder.requiredFields(Profiles.complete());
                    case "none" -> builder.skipRequiredFields();
                    default -> throw invalid("/requiredFields", "is '" + node.textValue()
                            + "'; use minimum, complete, none, or a list of field paths");
                }
                return;
            }
            array(node, "/requiredFields");
            if (node.isEmpty()) {
                throw invalid("/requiredFields", "is an empty list, which would check no field without saying so;"
                        + " write `none` to skip required fields, or list the field paths to require");
            }
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                paths.add(text(node.get(i), "/requiredFields/" + i));
            }
            try {
                builder.requiredFields(Profiles.custom(paths));
            } catch (IllegalArgumentException e) {
                throw invalid("/requiredFields", e.getMessage());
            }
        }

        /** Applies one setting to the builder; a value the builder refuses becomes INVALID at its pointer. */
        private void setting(String pointer, Runnable apply) throws PolicyException {
            try {
                apply.run();
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw invalid(pointer, e.getMessage() + "; correct the value");
            }
        }

        /** A path in the policy, resolved against the policy file's directory. */
        private Path path(JsonNode node, String pointer) throws PolicyException {
            String text = text(node, pointer);
            try {
                return base.resolve(text);
            } catch (InvalidPathException e) {
                throw invalid(pointer, "'" + text + "' is not a valid path on this system (" + e.getReason()
                        + "); write a path relative to the policy file");
            }
        }

        private void object(JsonNode node, String pointer, Set<String> allowed) throws PolicyException {
            if (!node.isObject()) {
                throw invalid(pointer, "must be a mapping (object)");
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw invalid(pointer + "/" + name, "is not a policy setting; allowed here: "
                            + new java.util.TreeSet<>(allowed));
                }
            }
        }

        private void array(JsonNode node, String pointer) throws PolicyException {
            if (!node.isArray()) {
                throw invalid(pointer, "must be a list");
            }
        }

        private String text(JsonNode node, String pointer) throws PolicyException {
            if (node == null || !node.isTextual() || node.textValue().isBlank()) {
                throw invalid(pointer, "must be a non-empty string");
            }
            return node.textValue();
        }

        private boolean bool(JsonNode node, String pointer) throws PolicyException {
            if (node == null) {
                return false;
            }
            if (!node.isBoolean()) {
                throw invalid(pointer, "must be true or false (unquoted; YAML 1.1 words such as yes, no, on and off"
                        + " are not booleans here)");
            }
            return node.booleanValue();
        }

        private Duration duration(JsonNode node, String pointer) throws PolicyException {
            String text = text(node, pointer);
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(pointer, "'" + text + "' is not an ISO-8601 duration such as P30D or PT12H");
            }
        }

        private Instant instant(JsonNode node, String pointer) throws PolicyException {
            String text = text(node, pointer);
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(pointer, "'" + text + "' is not an ISO-8601 time such as 2026-01-01T00:00:00Z");
            }
        }

        private PolicyException invalid(String pointer, String message) {
            return new PolicyException(PolicyException.Reason.INVALID, pointer, "policy " + file
                    + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message, null);
        }
    }
}
