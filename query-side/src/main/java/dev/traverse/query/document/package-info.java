/** Read model of documents, including the test case each is linked to: projection, queries and GET endpoints. */
package dev.traverse.query.document;
