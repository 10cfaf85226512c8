package org.commonplace.api;

/** The shape of every API error. */
public record ErrorBody(String error, String message) {
}
