/**
 * Traverse's message vocabulary: commands, events and the access contract shared by the command side, the query
 * side and the application. Plain records with Jackson and Axon annotations only, so either side can be built and
 * tested without Spring.
 */
package dev.traverse.api;
