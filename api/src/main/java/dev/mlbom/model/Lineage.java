package dev.mlbom.model;

import java.util.List;

/**
 * Where the model comes from in terms of other models.
 *
 * @param parents the parent models; a merge has several, a base model none; each
 *     {@code name@version} once
 */
public record Lineage(List<ParentModel> parents) {

    /** An empty lineage: a base model. */
    public static final Lineage NONE = new Lineage(List.of());

    /** Checks the invariants and copies the list. */
    public Lineage {
        Check check = new Check();
        parents = check.list("parents", parents);
        check.distinct("parents", parents, ParentModel::coordinates, "parent");
        check.done();
    }
}
