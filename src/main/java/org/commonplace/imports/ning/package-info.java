/**
 * Parsing of Ning 2.0 "Network Archiver" exports: the structural repair of their almost-JSON files,
 * text decoding, and immutable records for discussions, members, groups, blog posts and pages.
 * Pure Java (JSON-P for parsing); nothing here touches the database.
 */
package org.commonplace.imports.ning;
