/** Bean Validation constraints for request fields that need more than a pattern. */
package dev.traverse.command.validation;
