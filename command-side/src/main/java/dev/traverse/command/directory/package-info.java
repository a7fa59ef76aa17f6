/**
 * The write side's directory ({@code ws} schema): who owns every id, who is a member with which role, which document
 * belongs to which test case. {@link dev.traverse.command.directory.DirectoryUpdater} keeps it in the same
 * transaction as the events; {@link dev.traverse.command.directory.Directory} answers the cross-aggregate questions
 * command services ask before they send a command.
 */
package dev.traverse.command.directory;
