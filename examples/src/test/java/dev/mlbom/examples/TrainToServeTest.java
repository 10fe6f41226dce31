package dev.mlbom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training job signs; the serving app starts on the untouched model and refuses a tampered one. */
class TrainToServeTest {

    @TempDir
    Path dir;

    @Test
    void theServingAppStartsOnlyOnTheSignedModel() throws Exception {
        Path model = Files.createDirectories(dir.resolve("support-bot"));
        Files.writeString(model.resolve("config.json"), "{}\n");
        Files.write(model.resolve("adapter_model.safetensors"), new byte[1024]);
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P256_SHA256);
        KeyFiles.writePrivateKey(dir.resolve("release.key"), key);
        KeyFiles.writePublicKey(dir.resolve("release.pub"), key.publicKey());

        SignedProvenance signed = TrainingJobExample.sign(model, dir.resolve("release.key"));
        assertThat(signed.envelopePath()).isEqualTo(dir.resolve("support-bot.mlbom.json").toAbsolutePath());
        assertThat(signed.manifest().model().artifacts()).hasSize(2);

        String[] args = {model.toString(), dir.resolve("release.pub").toString()};
        assertThat(ServingAppExample.run(args)).isZero();

        Files.write(model.resolve("adapter_model.safetensors"), new byte[1025]);
        assertThat(ServingAppExample.run(args)).isEqualTo(1);
        assertThat(ServingAppExample.run(new String[0])).isEqualTo(2);
    }
}
