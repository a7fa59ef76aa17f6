/**
 * What is known about the HTTP request the current thread serves: its id (echoed as {@code X-Request-Id}), the
 * caller, the organization, and the events it caused.
 */
package dev.traverse.app.context;
