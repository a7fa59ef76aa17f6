/**
 * Secret values with envelope encryption: each project has a data key (AES-256), itself encrypted by a master key from
 * configuration; values are AES-GCM ciphertexts bound to organization, project, secret and version. The SecretVault
 * aggregate keeps names unique and records reveals; destroying a project's data key shreds all its values.
 */
package dev.traverse.command.secret;
