/**
 * The REST API at {@code /api/v1}: JSON resources over the same services the pages use, errors as
 * {@code {"error": code, "message": text}}, lists as {@code {"items": [...], "total": n}}.
 */
package org.commonplace.api;
