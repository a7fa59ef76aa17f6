/** Read model of traversals and their recorded paths (every version): projection, queries and GET endpoints. */
package dev.traverse.query.traversal;
