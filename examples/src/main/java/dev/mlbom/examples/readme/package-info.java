/**
 * The README's code, as complete, compiled examples. Each README Java block is a
 * {@code // tag::name[]} region of one of these files, checked verbatim by
 * {@code ReadmeSnippetsTest}, and the examples run end to end in {@code ReadmeExamplesTest}.
 */
package dev.mlbom.examples.readme;
