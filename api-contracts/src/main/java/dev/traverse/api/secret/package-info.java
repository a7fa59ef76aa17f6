/**
 * Secret values of a project (credentials the agent types into the application under test). One vault per project
 * keeps secret names unique and records every reveal; values travel only as ciphertext under the project's data key.
 */
package dev.traverse.api.secret;
