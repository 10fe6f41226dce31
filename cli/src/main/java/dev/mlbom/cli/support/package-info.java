/**
 * Helpers shared by the commands: exit codes and error reporting, {@code --json} output, the
 * terminal progress bar and human-readable sizes.
 */
package dev.mlbom.cli.support;
