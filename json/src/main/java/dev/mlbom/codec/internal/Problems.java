package dev.mlbom.codec.internal;

import dev.mlbom.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems found while binding a tree, so that every one is reported at once. Not
 * thread-safe; one instance per read.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    /**
     * Records a problem.
     *
     * @param pointer JSON Pointer of the offending value
     * @param message what is wrong and what to do
     */
    public void add(String pointer, String message) {
        problems.add(new Problem(pointer, message));
    }

    /**
     * Records a problem unless an equal pointer or a pointer inside or around it was already
     * reported (so a value is not blamed twice, e.g. once by the schema and once by a record).
     *
     * @param problem the problem
     */
    public void addUnlessCovered(Problem problem) {
        if (!covered(problem.pointer())) {
            problems.add(problem);
        }
    }

    /**
     * Merges problems found by a second check: each is added unless this collection already has a
     * problem at, inside or around its pointer, so that one defect is reported once.
     *
     * @param others the other problems
     */
    public void addUncovered(List<Problem> others) {
        List<Problem> fresh = new ArrayList<>();
        for (Problem problem : others) {
            if (!covered(problem.pointer()) && !fresh.contains(problem)) {
                fresh.add(problem);
            }
        }
        problems.addAll(fresh);
    }

    /**
     * Whether a problem at, inside or around this pointer was already recorded.
     *
     * @param pointer a JSON Pointer
     * @return true when covered
     */
    public boolean covered(String pointer) {
        for (Problem p : problems) {
            String q = p.pointer();
            if (q.equals(pointer) || q.startsWith(pointer + "/") || pointer.startsWith(q + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of problems so far; compare before and after binding a subtree.
     *
     * @return the count
     */
    public int count() {
        return problems.size();
    }

    /**
     * Whether no problem was recorded.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * The problems, sorted by pointer (stable, so several problems of one value keep their order).
     *
     * @return an immutable list
     */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing(Problem::pointer));
        return List.copyOf(copy);
    }
}
