/**
 * The {@code mlbom} command: {@link dev.mlbom.cli.Main} and its exit codes. The commands live in
 * {@code dev.mlbom.cli.commands}, terminal and output helpers in {@code dev.mlbom.cli.support};
 * this module is an application and exports no API.
 */
package dev.mlbom.cli;
