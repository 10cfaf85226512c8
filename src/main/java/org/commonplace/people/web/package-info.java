/** Backing beans of the sign-in, registration, account and invitation pages ({@code people/*.xhtml}). */
package org.commonplace.people.web;
