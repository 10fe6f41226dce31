/**
 * One picocli command class per {@code mlbom} subcommand. Each class touches the heavy libraries
 * (Jackson, BouncyCastle) only when it runs, so that {@code mlbom --help} starts fast.
 */
package dev.mlbom.cli.commands;
