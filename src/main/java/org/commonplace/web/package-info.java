/**
 * Shared Faces set-up: readable URLs ({@link org.commonplace.web.Routes}), the exception handling that turns
 * hidden or missing things into a 404, the home, search, admin and error pages' beans, and the message bundle.
 */
package org.commonplace.web;
