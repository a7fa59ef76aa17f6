/**
 * Artifacts: screenshots, GIFs and raw uploads, stored once and addressed by the SHA-256 of their bytes. They never go
 * into events; events carry the hash. {@link dev.traverse.command.artifact.ArtifactStore} is the seam for another
 * store (S3-compatible) later; PostgreSQL is the default.
 */
package dev.traverse.command.artifact;
