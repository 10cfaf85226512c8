/**
 * Mailing-list archives: a byte-level mbox splitter, a message parser built on Apache mime4j,
 * JWZ threading and the separation of quoted text and signatures from a body. Pure Java.
 */
package org.commonplace.imports.mbox;
