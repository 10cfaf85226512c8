/** Backing beans of the community directory: the listing, the suggestion form and the editors' review queue. */
package org.commonplace.community.web;
