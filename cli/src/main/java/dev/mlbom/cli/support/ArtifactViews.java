package dev.mlbom.cli.support;

import dev.mlbom.model.Artifact;
import dev.mlbom.model.Digest;
import dev.mlbom.model.Shard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Artifacts as {@code --json} values and as text lines.
 *
 * <p>Stateless; thread-safe.
 */
public final class ArtifactViews {

    private ArtifactViews() {
    }

    /**
     * An artifact as a JSON-ready map: {@code path}, {@code size}, {@code digests} (algorithm id to
     * hex) and, when sharded, {@code shards} ({@code start}, {@code end}, {@code digests}).
     *
     * @param artifact the artifact
     * @return an ordered map
     */
    public static Map<String, Object> toJson(Artifact artifact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", artifact.path());
        json.put("size", artifact.size());
        if (!artifact.sharded()) {
            json.put("digests", digests(artifact.digests()));
        } else {
            List<Object> shards = new ArrayList<>();
            for (Shard shard : artifact.shards()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("start", shard.start());
                s.put("end", shard.end());
                s.put("digests", digests(shard.digests()));
                shards.add(s);
            }
            json.put("shards", shards);
        }
        return json;
    }

    /**
     * Digests as a map from algorithm id to hex.
     *
     * @param digests the digests
     * @return an ordered map
     */
    public static Map<String, Object> digests(List<Digest> digests) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Digest digest : digests) {
            json.put(digest.algorithm().id(), digest.hex());
        }
        return json;
    }

    /**
     * An artifact as text lines, one per digest: {@code sha256:<hex>  <path>}; for a sharded file
     * one per shard digest, named {@code <path>:<start>:<end>}.
     *
     * @param artifact the artifact
     * @return the lines
     */
    public static List<String> lines(Artifact artifact) {
        List<String> lines = new ArrayList<>();
        if (!artifact.sharded()) {
            for (Digest digest : artifact.digests()) {
                lines.add(digest + "  " + artifact.path());
            }
        } else {
            for (Shard shard : artifact.shards()) {
                for (Digest digest : shard.digests()) {
                    lines.add(digest + "  " + shard.name(artifact.path()));
                }
            }
        }
        return lines;
    }
}
