package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parent-id path the init template documents works end to end: the id of a parent is the id of
 * its SIGNED manifest, which {@code canon --id} and {@code inspect} print for its envelope and
 * {@code sign} prints (and writes with {@code --write-manifest}); a child naming it passes lineage.
 */
class ParentIdIT {

    private static final Pattern ID = Pattern.compile("sha256:[0-9a-f]{64}");

    private static final String PARENT = "{\"schema\":\"https://mlbom.dev/schema/manifest/v1\","
            + "\"model\":{\"name\":\"acme/base\",\"version\":\"1.0.0\",\"license\":{\"spdx\":\"Apache-2.0\"}}}\n";

    @TempDir
    Path dir;

    private static String child(String parentId) {
        return String.join("\n",
                "schema: https://mlbom.dev/schema/manifest/v1",
                "model:",
                "  name: acme/bot",
                "  version: 2.0.0",
                "  license: {spdx: Apache-2.0}",
                "lineage:",
                "  parents: [{relation: fine-tune, name: acme/base, version: 1.0.0, manifestId: \"" + parentId + "\"}]",
                "");
    }

    private static String id(String text) {
        Matcher matcher = ID.matcher(text);
        assertThat(matcher.find()).as("an id in: %s", text).isTrue();
        return matcher.group();
    }

    @Test
    void theTemplatesParentIdPathPassesLineage() throws Exception {
        Cli.smallModel(dir.resolve("base"));
        Cli.smallModel(dir.resolve("bot"));
        Files.createDirectories(dir.resolve("releases"));
        Files.writeString(dir.resolve("base.json"), PARENT);
        Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "release").succeeds();

        String unsignedId = Cli.run(dir, "canon", "--id", "base.json").succeeds().out().strip();
        Cli.Result sign = Cli.run(dir, "sign", "--key", "release.key", "--manifest", "base.json", "base",
                "-o", "releases/base.mlbom.json", "--write-manifest", "base.signed.json").succeeds();
        assertThat(sign.out()).contains("wrote base.signed.json (the signed manifest)");
        String signedId = id(sign.out().substring(sign.out().indexOf("manifest id:")));
        assertThat(signedId).as("signing changes the manifest, so its id").isNotEqualTo(unsignedId);

        // what the template says: the id of the parent's envelope is the id of its signed manifest
        String fromEnvelope = Cli.run(dir, "canon", "--id", "releases/base.mlbom.json").succeeds().out().strip();
        assertThat(fromEnvelope).isEqualTo(signedId);
        assertThat(Cli.run(dir, "canon", "--id", "base.signed.json").succeeds().out().strip()).isEqualTo(signedId);
        assertThat(Cli.run(dir, "canon", "--json", "releases/base.mlbom.json").succeeds().out())
                .contains("\"id\" : \"" + signedId + "\"", "signed envelope");
        assertThat(Cli.run(dir, "inspect", "releases/base.mlbom.json").succeeds().out()).contains(signedId);
        // the signed manifest written beside the envelope diffs as equal to the envelope's
        assertThat(Cli.run(dir, "diff", "base.signed.json", "releases/base.mlbom.json").succeeds().out())
                .contains("no changes");

        Files.writeString(dir.resolve("bot.yaml"), child(fromEnvelope));
        Cli.run(dir, "sign", "--key", "release.key", "--manifest", "bot.yaml", "bot", "-o",
                "releases/bot.mlbom.json").succeeds();
        Cli.Result lineage = Cli.run(dir, "lineage", "releases", "--json").succeeds();
        assertThat(lineage.out() + lineage.err()).contains("acme/base", "acme/bot").doesNotContain("PARENT_ID_MISMATCH");

        // the trap the template used to set: the id of the manifest given to sign does not match
        Files.createDirectories(dir.resolve("trap"));
        Files.copy(dir.resolve("releases/base.mlbom.json"), dir.resolve("trap/base.mlbom.json"));
        Files.writeString(dir.resolve("trap.yaml"), child(unsignedId));
        Cli.run(dir, "sign", "--key", "release.key", "--manifest", "trap.yaml", "bot", "-o",
                "trap/bot.mlbom.json").succeeds();
        Cli.Result trap = Cli.run(dir, "lineage", "trap", "--json");
        assertThat(trap.out() + trap.err()).contains("PARENT_ID_MISMATCH");
    }

    @Test
    void writeManifestRefusesTheEnvelopesPath() throws Exception {
        Cli.smallModel(dir.resolve("base"));
        Files.writeString(dir.resolve("base.json"), PARENT);
        Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "release").succeeds();
        Cli.run(dir, "sign", "--key", "release.key", "--manifest", "base.json", "base", "--write-manifest",
                "base.mlbom.json").failsWith(2, "--write-manifest", "where the envelope goes");
        assertThat(dir.resolve("base.mlbom.json")).doesNotExist();
    }

    @Test
    void diffWithAKeyReadsOnlyEnvelopesSignedByIt() throws Exception {
        Cli.smallModel(dir.resolve("base"));
        Files.writeString(dir.resolve("base.json"), PARENT);
        Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "release").succeeds();
        Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "other").succeeds();
        Cli.run(dir, "sign", "--key", "release.key", "--manifest", "base.json", "base", "-o", "a.mlbom.json")
                .succeeds();
        Cli.run(dir, "sign", "--key", "other.key", "--manifest", "base.json", "base", "-o", "b.mlbom.json")
                .succeeds();
        Cli.run(dir, "diff", "a.mlbom.json", "a.mlbom.json", "--key", "release.pub").succeeds();
        Cli.run(dir, "diff", "a.mlbom.json", "b.mlbom.json", "--key", "release.pub", "--key", "other.pub")
                .succeeds();
        Cli.run(dir, "diff", "a.mlbom.json", "b.mlbom.json", "--key", "release.pub")
                .failsWith(1, "[UNTRUSTED_KEY]", "b.mlbom.json");
        Cli.run(dir, "diff", "base.json", "a.mlbom.json", "--key", "release.pub")
                .failsWith(2, "[NO_SIGNATURES]", "base.json", "plain manifest");
        Cli.run(dir, "diff", "a.mlbom.json", "b.mlbom.json", "--key", "missing.pub").failsWith(2, "missing.pub");
    }

    @Test
    void diffRefusesWhatItDoesNotUnderstandInsteadOfReportingNoChange() throws Exception {
        Cli.smallModel(dir.resolve("base"));
        Files.writeString(dir.resolve("base.json"), PARENT);
        Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "release").succeeds();
        Cli.run(dir, "sign", "--key", "release.key", "--manifest", "base.json", "base").succeeds();
        Files.writeString(dir.resolve("foreign.json"), "{\"payloadType\":\"text/plain\",\"payload\":\"aGVsbG8=\","
                + "\"signatures\":[{\"keyid\":\"k\",\"sig\":\"c2ln\"}]}");
        Cli.Result foreign = Cli.run(dir, "diff", "base.mlbom.json", "foreign.json");
        assertThat(foreign.exit()).isNotZero();
        assertThat(foreign.out()).doesNotContain("no changes");
        assertThat(foreign.err()).contains("foreign.json");
        Cli.run(dir, "canon", "--id", "foreign.json").failsWith(2);
        // a manifest against the envelope of the same, signed: a real diff (artifacts and the signed event)
        assertThat(Cli.run(dir, "diff", "base.json", "base.mlbom.json").succeeds().out())
                .doesNotContain("no changes").contains("/model/artifacts");
    }
}
