/** The {@code accelbench} command line: one picocli command with a subcommand per tool. */
package dev.accelbench.tools;
